/**
 * The app shell: finds the host and the saved draft, then shows the preparation flow in the
 * host's theme and language. Everything the steps change goes through `update`, which autosaves.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, lazy, useCallback, useEffect, useRef, useState } from 'react';
import { setStep } from '../domain/draft';
import type { Draft, StepId } from '../domain/model';
import { hostLanguage } from '../host/locale';
import { AppProviders } from './AppContext';
import { AppHeader } from './AppHeader';
import { FluentThemeContext, themeVariables } from './fluentTheme';
import { lazyView } from './lazyView';
import type { SaveState } from './saveState';
import { SkipLink } from './SkipLink';
import { focusCurrentStepHeading, requestStepHeadingFocus } from './StepHeading';
import { StepView } from './StepView';
import { stepFromHash, useBoot, type Booted } from './useBoot';
import { useHostTheme } from './useHostTheme';
import { useLocaleContent } from './useLocaleContent';
import { navigateTo, routeFromSearch } from './views';
import { setAccountGuard, setMicrosoft365Host } from './m365Wiring';
import { activeAccount, lastSignedInAccount } from '../store/accountStorage';
import { clearJournal } from '../store/localJournal';
import { claimUnowned, declineUnowned } from '../store/unownedRecords';
import { sharedRefOf } from '../features/nearestLeader/sharedRef';

// The nearest leader's news, once the contract is shared: its own chunk, never on the first screen.
const PartNotice = lazyView(() => import(/* webpackChunkName: "nearest-leader-notice" */ '../features/nearestLeader/PartNotice'));

// Shown only after a damaged draft or beside an ownerless one (both known at boot): not on a first
// visit's screen, so each is a small chunk of its own.
const CorruptDraftNotice = lazy(() => import(/* webpackChunkName: "draft-notices" */ './CorruptDraftNotice').then((m) => ({ default: m.CorruptDraftNotice })));
const UnownedDraftOffer = lazy(() => import(/* webpackChunkName: "draft-notices" */ './UnownedDraftOffer').then((m) => ({ default: m.UnownedDraftOffer })));

const MAIN_ID = 'main-content';
const RELOADED_FOR_KEY = 'lederdialog.reloadedForAccount';

/** True the first time in this tab session for `account` (and remembers it); false after, or without storage. */
function reloadOnceFor(account: string): boolean {
  try {
    if (window.sessionStorage.getItem(RELOADED_FOR_KEY) === account) return false;
    window.sessionStorage.setItem(RELOADED_FOR_KEY, account);
    return true;
  } catch {
    return false;
  }
}

// The page-wide rules (less motion on request, long words wrapping) live in src/index.html's
// <style>: they are static, and there they apply to the prerendered first paint too.

const useStyles = makeStyles({
  // The app root: what FluentProvider's root gives its subtree (colour, font, alignment), on a plain
  // element; the provider itself loads with the first step that uses Fluent's components
  // (src/ui/FluentScope.tsx), so the first screen does without it, tabster and keyborg.
  root: {
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    textAlign: 'left',
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightRegular,
    lineHeight: tokens.lineHeightBase300,
  },
  main: {
    boxSizing: 'border-box',
    maxWidth: '1100px',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL} ${tokens.spacingVerticalXXXL}`,
    ':focus': { outline: 'none' },
    '@media (max-width: 600px)': { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}` },
  },
  loading: { padding: tokens.spacingHorizontalXL },
});

export function App() {
  const booted = useBoot();
  const styles = useStyles();
  if (!booted) {
    // Before the host answers we do not know the language, so both are said.
    return (
      <p role="status" className={styles.loading}>
        Indlæser … / Loading …
      </p>
    );
  }
  return <BootedApp booted={booted} />;
}

/** The app once booted; the prerendered start page (src/ui/prerender/) is this, rendered at build time. */
export function BootedApp({ booted }: { booted: Booted }) {
  const { host, session } = booted;
  const styles = useStyles();
  const [draft, setDraft] = useState<Draft>(session.draft);
  const { theme, fluentTheme } = useHostTheme(host, booted.fluentTheme);
  const [saveState, setSaveState] = useState<SaveState>({ status: 'idle', savedAt: null });
  const [showCorruptNotice, setShowCorruptNotice] = useState(session.recoveredFromCorrupt);
  const [showUnownedOffer, setShowUnownedOffer] = useState(session.unownedOffer);

  useEffect(() => session.onStatus(setSaveState), [session]);
  useEffect(() => host.notifySuccess(), [host]);
  // Sign-in picks its provider from the host found at boot, not from a second detection.
  useEffect(() => setMicrosoft365Host(host), [host]);
  // Signed in as another account than the one whose draft is open (first sign-in on this device,
  // another person on a shared PC): save this draft where it belongs and open the page again, now
  // with the signed-in account's records only. Not when the account could not be remembered
  // (storage refused), which would open the page again and again.
  useEffect(
    () =>
      setAccountGuard((account) => {
        if (lastSignedInAccount() !== account) return;
        // Once per account and tab session: if the page opened again and boot still names another
        // account (a host whose context disagrees with the sign-in), reloading again would never end.
        if (!reloadOnceFor(account)) return;
        void session.flush().then(() => window.location.reload());
      }),
    [session],
  );

  // Save every change (the autosaver debounces, well within a second); not the draft we loaded.
  const loaded = useRef(draft);
  useEffect(() => {
    if (draft !== loaded.current) session.save(draft);
  }, [draft, session]);

  const { locale, content, t } = useLocaleContent(draft.ui.localeOverride ?? hostLanguage(host), booted);

  // Keep the address in step with the open step (replace, not push: the draft is the history).
  useEffect(() => {
    if (window.location.hash !== `#${draft.ui.step}`) window.history.replaceState(null, '', `#${draft.ui.step}`);
  }, [draft.ui.step]);

  // <html lang> for screen readers and hyphenation; data-theme sits on the app root, the element that carries the theme's background.
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  // Outside the app root the page is the browser's: in a dark or high-contrast host it would show
  // white around the app (overscroll, a short view) and draw native controls (the language select,
  // date and time pickers, scroll bars) light. The page takes the theme's background and scheme.
  useEffect(() => {
    document.documentElement.style.colorScheme = theme === 'default' ? 'light' : 'dark';
    // The light theme's variables are on :root (the page's stylesheet), so the body can use them.
    document.body.style.backgroundColor = fluentTheme ? fluentTheme.colorNeutralBackground2 : 'var(--colorNeutralBackground2)';
  }, [theme, fluentTheme]);

  const update = useCallback((change: (d: Draft) => Draft) => setDraft((d) => change(d)), []);
  const openStep = useRef(draft.ui.step);
  openStep.current = draft.ui.step;
  const goTo = useCallback(
    (step: StepId) => {
      if (step === openStep.current) focusCurrentStepHeading();
      else requestStepHeadingFocus();
      update((d) => setStep(d, step));
      // A step link from inside a view (?view=…) leaves the view.
      if (routeFromSearch(window.location.search)) navigateTo(null);
      window.scrollTo({ top: 0 });
    },
    [update],
  );

  // A link to #guide etc. (typed, or followed from elsewhere in the page) opens that step.
  useEffect(() => {
    const onHashChange = () => {
      const step = stepFromHash(window.location.hash);
      if (step) goTo(step);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [goTo]);

  return (
    <AppProviders value={{ draft, update, goTo, locale, content, t }}>
      <FluentThemeContext.Provider value={fluentTheme}>
        {/* A dark or high-contrast theme's variables on the root, as FluentProvider would set them. */}
        <div className={styles.root} dir="ltr" data-theme={theme} lang={locale} style={themeVariables(fluentTheme)}>
          <SkipLink targetId={MAIN_ID} label={t.app.skipToContent} />
          <AppHeader saveState={saveState} compact={host.frameContext === 'meetingSidePanel'} />
          <main id={MAIN_ID} tabIndex={-1} className={styles.main}>
            <Suspense fallback={null}>
              {showCorruptNotice ? <CorruptDraftNotice onDismiss={() => setShowCorruptNotice(false)} /> : null}
              {showUnownedOffer ? (
                <UnownedDraftOffer
                  onMine={async () => {
                    const account = activeAccount();
                    if (!account) return;
                    await session.flush();
                    await claimUnowned(account);
                    // The empty draft's journal must not win over the draft just taken.
                    clearJournal('draft');
                    window.location.reload();
                  }}
                  onNotMine={() => {
                    const account = activeAccount();
                    if (account) declineUnowned(account);
                    setShowUnownedOffer(false);
                  }}
                />
              ) : null}
            </Suspense>
            {sharedRefOf(draft.contract) ? (
              <Suspense fallback={null}>
                <PartNotice />
              </Suspense>
            ) : null}
            <StepView />
          </main>
        </div>
      </FluentThemeContext.Provider>
    </AppProviders>
  );
}
