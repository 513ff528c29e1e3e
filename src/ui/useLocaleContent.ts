/**
 * The language to show and its text. The wanted language (override, else the host's) is shown
 * once its text has loaded; until then — or if it cannot load, offline — the current one stays.
 */
import { useEffect, useState } from 'react';
import type { Locale, ToolContent } from '../content/types';
import { loadContent } from './loadContent';

export function useLocaleContent(wanted: Locale, initial: { locale: Locale; content: ToolContent }): { locale: Locale; content: ToolContent } {
  const [loaded, setLoaded] = useState<Partial<Record<Locale, ToolContent>>>({ [initial.locale]: initial.content });
  const [shown, setShown] = useState<Locale>(initial.locale);
  useEffect(() => {
    const ready = loaded[wanted];
    if (ready) {
      setShown(wanted);
      return undefined;
    }
    let live = true;
    loadContent(wanted).then(
      (content) => live && setLoaded((prev) => ({ ...prev, [wanted]: content })),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [wanted, loaded]);
  const locale = loaded[wanted] ? wanted : shown;
  return { locale, content: loaded[locale] ?? initial.content };
}
