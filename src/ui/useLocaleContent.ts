/**
 * The language to show and its text. The wanted language (override, else the host's) is shown
 * once its text has loaded; until then — or if it cannot load, offline — the current one stays.
 * A switch loads the whole language (steps 1–3's text too), so an open step changes language at once.
 */
import { useEffect, useState } from 'react';
import type { Locale } from '../content/types';
import { isWhole, loadFullText, type LocaleText } from './loadContent';

export function useLocaleContent(wanted: Locale, initial: { locale: Locale } & LocaleText): { locale: Locale } & LocaleText {
  const [loaded, setLoaded] = useState<Partial<Record<Locale, LocaleText>>>({ [initial.locale]: { content: initial.content, t: initial.t } });
  const [shown, setShown] = useState<Locale>(initial.locale);
  // Not useAsync: this keeps every language it has loaded and shows the old one until the new one is there.
  // The language the app opened in has only the start page's part (useBoot); a switch back to it
  // waits for the rest too, so an open step does not suspend for it.
  const ready = loaded[wanted];
  const usable = ready && (wanted === shown || isWhole(ready)) ? ready : undefined;
  useEffect(() => {
    if (usable) {
      setShown(wanted);
      return undefined;
    }
    let live = true;
    loadFullText(wanted).then(
      (text) => live && setLoaded((prev) => ({ ...prev, [wanted]: text })),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [wanted, usable]);
  const locale = usable ? wanted : shown;
  const text = loaded[locale] ?? initial;
  return { locale, content: text.content, t: text.t };
}
