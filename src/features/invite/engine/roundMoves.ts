/**
 * After R2: occurrences moved off a clash become exceptions of their series, once it exists.
 * Repeated on a rerun (an occurrence already moved is left alone), so a failed move is finished by
 * "Prøv igen".
 */
import { moveOccurrence } from '../../../graph/seriesExceptions';
import type { BookingRun } from './bookingRun';

export async function moveRound(run: BookingRun): Promise<void> {
  const calls: Record<string, () => Promise<unknown>> = {};
  for (const spec of run.prepared.followUps) {
    const seriesMasterId = run.b.followUps.find((f) => f.id === spec.id)?.seriesMasterId;
    if (!seriesMasterId) continue;
    const { durationMinutes, timeZone } = spec;
    for (const move of spec.moves ?? []) {
      calls[`move:${spec.id}:${move.from}`] = () => moveOccurrence(run.graph, { seriesMasterId, fromDate: move.from, to: move.to, durationMinutes, timeZone });
    }
  }
  if (Object.keys(calls).length === 0) return;
  const moved = await run.exec.round('R2-moves', { calls });
  for (const result of Object.values(moved.calls)) if (!result.ok) run.fail('followUps', result.error);
}
