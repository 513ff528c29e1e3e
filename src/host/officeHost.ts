import { browserTheme } from './browserHost';
import { contractIdFromLocation } from './deepLink';
import type { HostContext, HostTheme } from './types';

/** The part of Office.js the task pane start-up needs. Office.js itself is loaded by the page. */
export interface OfficeGlobal {
  onReady(): Promise<{ host: unknown; platform: unknown }>;
  context?: {
    displayLanguage?: string;
    officeTheme?: { bodyBackgroundColor?: string; isDarkTheme?: boolean };
  };
}

/** Office.js when the page loaded it (the Outlook task pane does), else undefined. */
export function officeGlobal(win: Window): OfficeGlobal | undefined {
  const office = (win as unknown as { Office?: OfficeGlobal }).Office;
  return office && typeof office.onReady === 'function' ? office : undefined;
}

/** Office reports its theme as colours; a dark body background means a dark theme. */
function officeTheme(office: OfficeGlobal, win: Window): HostTheme {
  const theme = office.context?.officeTheme;
  if (theme?.isDarkTheme !== undefined) return theme.isDarkTheme ? 'dark' : browserTheme(win) === 'contrast' ? 'contrast' : 'default';
  const hex = theme?.bodyBackgroundColor?.replace('#', '');
  if (hex && /^[0-9a-f]{6}$/i.test(hex)) {
    const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
    // Relative luminance, roughly: below the middle grey is a dark theme.
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? 'dark' : 'default';
  }
  return browserTheme(win);
}

/** The host context of the Outlook add-in task pane, after Office.onReady. */
export function officeHostContext(office: OfficeGlobal, win: Window): HostContext {
  const contractId = contractIdFromLocation(win.location);
  return {
    kind: 'officeAddin',
    locale: office.context?.displayLanguage || win.navigator.language,
    theme: officeTheme(office, win),
    ...(contractId ? { contractId } : {}),
    // Office.js has no theme-change event for task panes; the pane re-reads the theme when reopened.
    onThemeChange: () => () => undefined,
    notifySuccess: () => undefined,
  };
}
