/**
 * The header: app name, save status, timer, language, (demo) user, and the step navigation.
 * Compact in a meeting's side panel (about 320 px beside the call): the dialogue is what matters
 * there, so the preparation's steps, timer, save status and subtitle give way to it; the views
 * (Dialogen, Opfølgning, …), the language and the demo user stay.
 *
 * At phone width (≤ 480 px) the header may take at most a fifth of the screen (160 px of 800):
 * the timer, language and demo user fold behind a „Flere valg“ disclosure button, and the steps
 * and views share one row that scrolls sideways, so the page's own content starts high up.
 */
import { makeStyles, mergeClasses, tokens, useId } from '@fluentui/react-components';
import { memo, useState } from 'react';
import { useStartLocale } from './AppContext';
import { DemoSlot } from './DemoSlot';
import { useHeaderControlStyles } from './headerControlStyles';
import { LanguageSwitch } from './LanguageSwitch';
import { PrepTimer } from './PrepTimer';
import { SaveIndicator } from './SaveIndicator';
import type { SaveState } from './saveState';
import { StepNav } from './StepNav';
import { ViewNav } from './ViewNav';

const useStyles = makeStyles({
  header: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  inner: {
    boxSizing: 'border-box',
    maxWidth: '1100px',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXL} 0`,
    '@media (max-width: 600px)': { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0` },
  },
  top: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
  },
  brand: { display: 'flex', flexDirection: 'column' },
  appName: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  // On a phone the tool's full name gives way (it is the start page's heading anyway).
  toolTitle: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, '@media (max-width: 480px)': { display: 'none' } },
  tools: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}` },
  // Folded away on a phone until the disclosure button opens it; then a row of its own.
  toolsFolded: { '@media (max-width: 480px)': { display: 'none' } },
  toolsOpen: { '@media (max-width: 480px)': { flexBasis: '100%', paddingBottom: tokens.spacingVerticalXS } },
  phoneBar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, marginLeft: 'auto' },
  moreButton: {
    display: 'inline-flex',
    '@media (min-width: 481px)': { display: 'none' },
    alignItems: 'center',
    minHeight: '32px',
    padding: `0 ${tokens.spacingHorizontalS}`,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
  },
  // Steps and views side by side in one row on a phone; the row scrolls sideways if it must.
  navs: {
    '@media (max-width: 480px)': { display: 'flex', flexWrap: 'nowrap', overflowX: 'auto', '& > nav': { flexShrink: 0 } },
  },
});

// Memo: the app re-renders on every key typed into the draft; the header then renders again only for
// a new save state, and inside it only what reads the draft (the step links, the language choice).
export const AppHeader = memo(function AppHeader({ saveState, compact = false }: { saveState: SaveState; compact?: boolean }) {
  const { t, content } = useStartLocale();
  const styles = useStyles();
  const control = useHeaderControlStyles();
  const toolsId = useId('header-tools');
  const [toolsOpen, setToolsOpen] = useState(false);
  return (
    <header className={styles.header}>
      <div className={styles.inner}>
        <div className={styles.top}>
          <div className={styles.brand}>
            <span className={styles.appName}>{t.app.name}</span>
            {compact ? null : <span className={styles.toolTitle}>{content.toolTitle}</span>}
          </div>
          <div className={styles.phoneBar}>
            {compact ? null : <SaveIndicator state={saveState} />}
            <button
              type="button"
              className={mergeClasses(control.control, styles.moreButton)}
              aria-expanded={toolsOpen}
              aria-controls={toolsId}
              onClick={() => setToolsOpen((open) => !open)}
              data-header-more=""
            >
              {t.app.moreMenu}
            </button>
          </div>
          <div id={toolsId} className={mergeClasses(styles.tools, toolsOpen ? styles.toolsOpen : styles.toolsFolded)}>
            {compact ? null : <PrepTimer />}
            <LanguageSwitch />
            <DemoSlot />
          </div>
        </div>
        <div className={styles.navs}>
          {compact ? null : <StepNav />}
          <ViewNav />
        </div>
      </div>
    </header>
  );
});
