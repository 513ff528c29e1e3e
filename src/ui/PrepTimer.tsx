/**
 * The optional, unobtrusive 45-minute preparation timer. It shows whole minutes left (no ticking
 * seconds to distract), is kept in the draft so a reload carries on, and never interrupts: when the
 * time is up it only says so.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { LightButton } from './LightButton';
import { useEffect, useState } from 'react';
import { fillTemplate } from '../content/uiStrings';
import { isTimerRunning, pauseTimer, resetTimer, startTimer, timerElapsedMs, timerRemainingMs } from '../domain/draft';
import { useStartApp } from './AppContext';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    fontSize: tokens.fontSizeBase200,
  },
  remaining: { fontVariantNumeric: 'tabular-nums' },
});

/** Re-render every 15 s while the timer runs: enough for a display in whole minutes. */
function useNow(active: boolean): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    setNow(new Date());
    if (!active) return undefined;
    const id = window.setInterval(() => setNow(new Date()), 15_000);
    return () => window.clearInterval(id);
  }, [active]);
  return now;
}

export function PrepTimer() {
  const { draft, update, t } = useStartApp();
  const styles = useStyles();
  const timer = draft.ui.timer;
  const running = isTimerRunning(timer);
  const now = useNow(running);
  const started = running || timerElapsedMs(timer, now) > 0;
  const remainingMs = timerRemainingMs(timer, now);
  const minutes = Math.ceil(remainingMs / 60_000);

  let status = '';
  if (started) {
    status = remainingMs === 0 ? t.timer.done : fillTemplate(t.timer.remaining, { minutes });
    if (!running && remainingMs > 0) status = `${status}, ${t.timer.paused}`;
  }

  return (
    <div className={styles.root} role="group" aria-label={t.timer.label}>
      {started ? (
        <>
          <span className={styles.remaining}>{status}</span>
          {running ? (
            <LightButton size="small" onClick={() => update((d) => pauseTimer(d, new Date()))}>
              {t.timer.pause}
            </LightButton>
          ) : remainingMs > 0 ? (
            <LightButton size="small" onClick={() => update((d) => startTimer(d, new Date()))}>
              {t.timer.resume}
            </LightButton>
          ) : null}
          <LightButton size="small" appearance="subtle" onClick={() => update(resetTimer)}>
            {t.timer.reset}
          </LightButton>
        </>
      ) : (
        <LightButton size="small" appearance="subtle" onClick={() => update((d) => startTimer(d, new Date()))}>
          {t.timer.start}
        </LightButton>
      )}
    </div>
  );
}
