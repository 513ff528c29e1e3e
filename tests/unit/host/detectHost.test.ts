/**
 * Needs a DOM: window (frames, location).
 *
 * @jest-environment jsdom
 */
import { detectHost } from '../../../src/host/detectHost';
import type { TeamsApp } from '../../../src/host/teamsHost';

/** A window whose language, media queries, URL and parent the test decides. */
function fakeWindow(opts: { language?: string; dark?: boolean; forced?: boolean; search?: string; framed?: boolean; office?: unknown } = {}) {
  const media: Record<string, { matches: boolean; listeners: Set<() => void> }> = {
    '(prefers-color-scheme: dark)': { matches: !!opts.dark, listeners: new Set() },
    '(forced-colors: active)': { matches: !!opts.forced, listeners: new Set() },
  };
  const win = {
    navigator: { language: opts.language ?? 'da-DK' },
    location: { search: opts.search ?? '', origin: 'http://localhost:3000' },
    matchMedia: (q: string) => {
      const m = media[q] ?? { matches: false, listeners: new Set() };
      return {
        get matches() {
          return m.matches;
        },
        addEventListener: (_: string, l: () => void) => m.listeners.add(l),
        removeEventListener: (_: string, l: () => void) => m.listeners.delete(l),
      };
    },
    ...(opts.office ? { Office: opts.office } : {}),
  } as unknown as Window & { parent: Window };
  (win as { parent: Window }).parent = opts.framed ? ({} as Window) : win;
  const setMedia = (q: string, matches: boolean) => {
    media[q]!.matches = matches;
    for (const l of media[q]!.listeners) l();
  };
  return { win, setMedia };
}

describe('in a top-level browser tab', () => {
  it('never loads teams-js and takes locale, theme and ?contract= from the browser', async () => {
    const loadTeams = jest.fn();
    const { win } = fakeWindow({ language: 'en-GB', dark: true, search: '?contract=c-42' });
    const host = await detectHost({ win, loadTeams });
    expect(loadTeams).not.toHaveBeenCalled();
    expect(host).toMatchObject({ kind: 'browser', locale: 'en-GB', theme: 'dark', contractId: 'c-42' });
    expect(host.user).toBeUndefined();
    expect(() => host.notifySuccess()).not.toThrow();
  });

  it('prefers forced colours (high contrast) over a dark preference', async () => {
    const { win } = fakeWindow({ dark: true, forced: true });
    expect((await detectHost({ win })).theme).toBe('contrast');
  });

  it('is light and Danish by default, without a contract', async () => {
    const host = await detectHost({ win: fakeWindow().win });
    expect(host).toMatchObject({ kind: 'browser', locale: 'da-DK', theme: 'default' });
    expect(host.contractId).toBeUndefined();
  });

  it('follows live changes of the colour scheme until unsubscribed', async () => {
    const { win, setMedia } = fakeWindow();
    const host = await detectHost({ win });
    const seen: string[] = [];
    const off = host.onThemeChange((t) => seen.push(t));
    setMedia('(prefers-color-scheme: dark)', true);
    setMedia('(forced-colors: active)', true);
    off();
    setMedia('(forced-colors: active)', false);
    expect(seen).toEqual(['dark', 'contrast']);
  });

  it('works in the real jsdom window', async () => {
    const host = await detectHost();
    expect(host.kind).toBe('browser');
  });
});

function fakeTeams(context: unknown, init: () => Promise<void> = async () => undefined) {
  let themeHandler: ((t: string) => void) | undefined;
  const app = {
    initialize: jest.fn(init),
    getContext: jest.fn(async () => context),
    registerOnThemeChangeHandler: jest.fn((h: (t: string) => void) => {
      themeHandler = h;
    }),
    notifySuccess: jest.fn(async () => ({ hasFinishedSuccessfully: true })),
  };
  return { app: app as unknown as TeamsApp & typeof app, changeTheme: (t: string) => themeHandler?.(t) };
}

const teamsContext = (over: { hostName?: string; theme?: string; locale?: string; subPageId?: string } = {}) => ({
  app: { locale: over.locale ?? 'en-US', theme: over.theme ?? 'dark', host: { name: over.hostName ?? 'Teams' } },
  page: { id: 'lederdialog', frameContext: 'content', subPageId: over.subPageId ?? '' },
  user: { id: 'oid-1', loginHint: 'mette@contoso.dk', tenant: { id: 'tid-1' } },
});

describe('inside a frame', () => {
  it('initialises teams-js and reads Teams host, theme, locale, sub-page and user hints', async () => {
    const { app } = fakeTeams(teamsContext({ subPageId: 'contract-7' }));
    const host = await detectHost({ win: fakeWindow({ framed: true }).win, loadTeams: async () => ({ app }) });
    expect(app.initialize).toHaveBeenCalled();
    expect(host).toMatchObject({
      kind: 'teams',
      locale: 'en-US',
      theme: 'dark',
      contractId: 'contract-7',
      frameContext: 'content',
      user: { tenantId: 'tid-1', userObjectId: 'oid-1', loginHint: 'mette@contoso.dk' },
    });
  });

  it.each([
    ['Outlook', 'outlook'],
    ['OutlookWin32', 'outlook'],
    ['Office', 'teams'],
    ['TeamsModern', 'teams'],
  ])('host name %s → %s', async (hostName, kind) => {
    const { app } = fakeTeams(teamsContext({ hostName }));
    const host = await detectHost({ win: fakeWindow({ framed: true }).win, loadTeams: async () => ({ app }) });
    expect(host.kind).toBe(kind);
  });

  it('passes live theme changes on to every subscriber and calls notifySuccess once', async () => {
    const { app, changeTheme } = fakeTeams(teamsContext({ theme: 'default' }));
    const host = await detectHost({ win: fakeWindow({ framed: true }).win, loadTeams: async () => ({ app }) });
    const a: string[] = [];
    const b: string[] = [];
    host.onThemeChange((t) => a.push(t));
    const offB = host.onThemeChange((t) => b.push(t));
    changeTheme('contrast');
    offB();
    changeTheme('something-new');
    expect(a).toEqual(['contrast', 'default']);
    expect(b).toEqual(['contrast']);
    host.notifySuccess();
    host.notifySuccess();
    expect(app.notifySuccess).toHaveBeenCalledTimes(1);
  });

  it('falls back to ?contract= when Teams gives no sub-page', async () => {
    const { app } = fakeTeams(teamsContext());
    const host = await detectHost({ win: fakeWindow({ framed: true, search: '?contract=c-9' }).win, loadTeams: async () => ({ app }) });
    expect(host.contractId).toBe('c-9');
  });

  it('treats a frame that never answers as a plain browser after the timeout', async () => {
    const { app } = fakeTeams(teamsContext(), () => new Promise(() => undefined));
    const started = Date.now();
    const host = await detectHost({ win: fakeWindow({ framed: true, language: 'en-US' }).win, timeoutMs: 50, loadTeams: async () => ({ app }) });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(host).toMatchObject({ kind: 'browser', locale: 'en-US' });
    expect(app.getContext).not.toHaveBeenCalled();
  });
});

describe('in an Office add-in task pane', () => {
  it('waits for Office.onReady and reads its display language and theme', async () => {
    const office = {
      onReady: jest.fn(async () => ({ host: 'Outlook', platform: 'OfficeOnline' })),
      context: { displayLanguage: 'da-DK', officeTheme: { bodyBackgroundColor: '#1f1f1f' } },
    };
    const loadTeams = jest.fn();
    const host = await detectHost({ win: fakeWindow({ framed: true, office, language: 'en-US' }).win, loadTeams });
    expect(office.onReady).toHaveBeenCalled();
    expect(loadTeams).not.toHaveBeenCalled();
    expect(host).toMatchObject({ kind: 'officeAddin', locale: 'da-DK', theme: 'dark' });
  });
});
