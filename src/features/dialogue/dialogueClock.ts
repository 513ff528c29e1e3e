/**
 * The quiet 45-minute indicator: how far the dialogue has come, and when to raise the next
 * follow-up (the last ten minutes). Pure: the panel passes the clock.
 */
export const DIALOGUE_MINUTES = 45;
/** From here on the panel prompts to agree the next follow-up. */
export const NEAR_END_MINUTES = 10;

export type DialoguePhase = 'notStarted' | 'running' | 'nearEnd' | 'over';

export interface DialogueClock {
  phase: DialoguePhase;
  /** Whole minutes gone (0–45). */
  elapsedMinutes: number;
  /** Whole minutes left, rounded up (45–0). */
  remainingMinutes: number;
  /** 0–1, for the progress bar. */
  fraction: number;
}

export function dialogueClock(startedAtMs: number | undefined, nowMs: number, minutes: number = DIALOGUE_MINUTES): DialogueClock {
  const totalMs = minutes * 60_000;
  if (startedAtMs === undefined || nowMs < startedAtMs) return { phase: 'notStarted', elapsedMinutes: 0, remainingMinutes: minutes, fraction: 0 };
  const elapsedMs = Math.min(nowMs - startedAtMs, totalMs);
  const remainingMinutes = Math.ceil((totalMs - elapsedMs) / 60_000);
  const phase: DialoguePhase = elapsedMs >= totalMs ? 'over' : remainingMinutes <= NEAR_END_MINUTES ? 'nearEnd' : 'running';
  return { phase, elapsedMinutes: Math.floor(elapsedMs / 60_000), remainingMinutes, fraction: elapsedMs / totalMs };
}

/**
 * When the booked dialogue started, as an instant, if it is happening around now: the booking is
 * local wall-clock time (the leader's zone, as the app's own browser sees it). A dialogue held
 * another day, or in a room without Teams at another time, starts its clock by hand instead.
 */
export function bookedStartNearNow(localStart: string | undefined, nowMs: number): number | undefined {
  if (!localStart || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(localStart)) return undefined;
  const start = new Date(localStart.slice(0, 19)).getTime();
  if (Number.isNaN(start)) return undefined;
  const early = 10 * 60_000;
  const late = (DIALOGUE_MINUTES + 30) * 60_000;
  return nowMs >= start - early && nowMs <= start + late ? start : undefined;
}
