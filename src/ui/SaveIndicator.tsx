/** The "saved" indicator. role=status, so a screen reader hears it without losing its place. */
import { makeStyles, tokens } from '@fluentui/react-components';
import { fillTemplate } from '../content/uiStrings';
import { formatTime } from '../domain/timeOfDay';
import { useStartLocale } from './AppContext';
import type { SaveState } from './saveState';

const useStyles = makeStyles({
  status: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, whiteSpace: 'nowrap' },
  error: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold, whiteSpace: 'normal' },
});

export function SaveIndicator({ state }: { state: SaveState }) {
  const { t, locale } = useStartLocale();
  const styles = useStyles();
  let text = t.save.idle;
  if (state.status === 'saving') text = t.save.saving;
  else if (state.status === 'error') text = t.save.error;
  else if (state.status === 'saved' && state.savedAt) text = fillTemplate(t.save.savedAt, { time: formatTime(state.savedAt, locale) });
  return (
    <span role="status" className={state.status === 'error' ? styles.error : styles.status} data-save-status={state.status}>
      {text}
    </span>
  );
}
