/** Said once, after a saved draft could not be read: the app started afresh and kept a backup. */
import { makeStyles, tokens } from '@fluentui/react-components';
import { LightButton } from './LightButton';
import { useApp } from './AppContext';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingHorizontalM,
    marginBottom: tokens.spacingVerticalL,
    border: `1px solid ${tokens.colorPaletteYellowBorder2}`,
    borderLeft: `6px solid ${tokens.colorPaletteYellowBorder2}`,
    backgroundColor: tokens.colorPaletteYellowBackground1,
    color: tokens.colorNeutralForeground1,
    borderRadius: tokens.borderRadiusMedium,
  },
  text: { margin: 0, flex: '1 1 240px' },
});

export function CorruptDraftNotice({ onDismiss }: { onDismiss(): void }) {
  const { t } = useApp();
  const styles = useStyles();
  return (
    <div role="alert" className={styles.root}>
      <p className={styles.text}>{t.app.corruptDraft}</p>
      <LightButton size="small" onClick={onDismiss}>
        {t.app.dismiss}
      </LightButton>
    </div>
  );
}
