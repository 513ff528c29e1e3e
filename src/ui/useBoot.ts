/**
 * Start-up, in order: where do we run (host: theme, locale), then the saved draft.
 * The host decides the language of a brand-new draft's contract; the draft may override it later.
 */
import { isOneOf, STEP_IDS } from '../domain/catalog';
import { setStep } from '../domain/draft';
import { detectHost } from '../host/detectHost';
import { decodeContractRef } from '../host/deepLink';
import { hostLanguage } from '../host/locale';
import { isLocated } from '../store/contractRef';
import type { HostContext } from '../host/types';
import type { Locale, StartContent } from '../content/types';
import { setActiveAccount } from '../store/accountStorage';
import { resolveBootAccount } from './bootAccount';
import type { StartUiStrings } from '../content/uiStrings';
import { openDraftSession, type DraftSession } from './draftSession';
import { loadContent } from './loadContent';
import { loadFluentTheme, type LoadedTheme } from './loadTheme';
import { useAsync } from './useAsync';
import { routeFromSearch, searchForRoute } from './views';

export interface Booted {
  host: HostContext;
  session: DraftSession;
  /** The Fluent theme for host.theme, ready for the first render (undefined: the page's light theme). */
  fluentTheme: LoadedTheme;
  /** The tool's text in the language the app opens in: what the start page shows (a step loads the rest). */
  locale: Locale;
  content: StartContent;
  /** The app's own words in that language, as far as the start page needs them. */
  t: StartUiStrings;
}

/** A step named in the address (#guide), so a link can open a step. */
export function stepFromHash(hash: string): (typeof STEP_IDS)[number] | null {
  const name = hash.replace(/^#/, '');
  return isOneOf(STEP_IDS, name) ? name : null;
}

/** Puts `?view=shared-contract&contract=<ref>` in the address when the link names a located contract other than the draft's. */
export function openSharedContractLink(link: string | undefined, draftContractId: string, win: Window = window): boolean {
  const ref = decodeContractRef(link);
  if (!link || !ref || !isLocated(ref) || ref.contractId === draftContractId) return false;
  if (routeFromSearch(win.location.search)) return true; // already in a view (e.g. ?view=shared-contract&contract=…)
  win.history.replaceState(
    null,
    '',
    `${win.location.pathname}${searchForRoute({ view: 'sharedContract', contract: link.trim() }, win.location.search)}${win.location.hash}`,
  );
  return true;
}

export async function boot(): Promise<Booted> {
  const host = await detectHost();
  const hostLocale = hostLanguage(host);
  // Start fetching the host's language at once; most drafts do not override it.
  void loadContent(hostLocale).catch(() => undefined);
  // Whose draft: the signed-in account's only (src/store/accountStorage.ts), known before it is read.
  const openSession = async () => {
    setActiveAccount(await resolveBootAccount(host));
    return openDraftSession(hostLocale);
  };
  const [session, fluentTheme] = await Promise.all([openSession(), loadFluentTheme(host.theme)]);
  const locale = session.draft.ui.localeOverride ?? hostLocale;
  const { content, t } = await loadContent(locale);
  // A step in the address wins; else a deep link to a contract (Teams subPageId, ?contract=) opens
  // the contract step; else the step saved last time.
  // A located link to someone else's contract (the chat card's) opens the shared-contract view instead.
  const sharedView = openSharedContractLink(host.contractId, session.draft.contract.id);
  const step = stepFromHash(window.location.hash) ?? (host.contractId && !sharedView ? 'contract' : null);
  if (step && step !== session.draft.ui.step) session.draft = setStep(session.draft, step);
  return { host, session, fluentTheme, locale, content, t };
}

export function useBoot(): Booted | null {
  return (
    useAsync(() => {
      const booting = boot();
      // A failed boot stays an unhandled rejection, as it always was: the console (and the e2e check
      // for page errors) shows it, and the page keeps its loading state — there is nothing to show without a host.
      void booting.then(() => undefined);
      return booting;
    }, []).value ?? null
  );
}
