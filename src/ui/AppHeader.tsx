/**
 * The header: app name, save status, timer, language, (demo) user, and the step navigation.
 * Compact in a meeting's side panel (about 320 px beside the call): the dialogue is what matters
 * there, so the preparation's steps, timer, save status and subtitle give way to it; the views
 * (Dialogen, Opfølgning, …), the language and the demo user stay.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useApp } from './AppContext';
import { DemoSlot } from './DemoSlot';
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
});

export function AppHeader({ saveState, compact = false }: { saveState: SaveState; compact?: boolean }) {
  const { t, content } = useApp();
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <div className={styles.inner}>
        <div className={styles.top}>
          <div className={styles.brand}>
            <span className={styles.appName}>{t.app.name}</span>
            {compact ? null : <span className={styles.toolTitle}>{content.toolTitle}</span>}
          </div>
          <div className={styles.tools}>
            {compact ? null : <SaveIndicator state={saveState} />}
            {compact ? null : <PrepTimer />}
            <LanguageSwitch />
            <DemoSlot />
          </div>
        </div>
        {compact ? null : <StepNav />}
        <ViewNav />
      </div>
    </header>
  );
}
