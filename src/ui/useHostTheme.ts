/** The host's theme, following live changes (Teams setting, OS dark mode or high contrast). */
import { useEffect, useRef, useState } from 'react';
import type { HostContext, HostTheme } from '../host/types';
import { loadFluentTheme, type LoadedTheme } from './loadTheme';

export function useHostTheme(host: HostContext, initial: LoadedTheme): { theme: HostTheme; fluentTheme: LoadedTheme } {
  const [state, setState] = useState({ theme: host.theme, fluentTheme: initial });
  const requested = useRef<HostTheme>(host.theme);
  useEffect(
    () =>
      host.onThemeChange((next) => {
        requested.current = next;
        void loadFluentTheme(next).then((fluentTheme) => {
          // Two quick changes may load out of order: only the latest request wins.
          if (requested.current === next) setState({ theme: next, fluentTheme });
        });
      }),
    [host],
  );
  return state;
}
