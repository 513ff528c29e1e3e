// Free/busy of a mailbox, from its events and series occurrences. Cancelled events and events
// shown as free do not block time.
import type { EmulatorState } from '../types';
import { occurrencesInWindow } from './eventStore';

export type FreeBusy = 'free' | 'tentative' | 'busy' | 'oof' | 'workingElsewhere' | 'unknown';

export interface BusyInterval {
  startMs: number;
  endMs: number;
  status: Exclude<FreeBusy, 'free' | 'unknown'>;
}

const RANK: Record<string, number> = { free: 0, workingElsewhere: 1, tentative: 2, busy: 3, oof: 4 };

export function busyIntervals(state: EmulatorState, ownerId: string, fromMs: number, toMs: number): BusyInterval[] {
  return occurrencesInWindow(state, ownerId, fromMs, toMs)
    .filter((o) => o.event.data.isCancelled !== true && o.event.data.showAs !== 'free')
    .map((o) => ({
      startMs: o.startMs,
      endMs: o.endMs,
      status: (['tentative', 'busy', 'oof', 'workingElsewhere'].includes(String(o.event.data.showAs)) ? o.event.data.showAs : 'busy') as BusyInterval['status'],
    }));
}

/** The strongest status over [startMs, endMs): oof > busy > tentative > workingElsewhere > free. */
export function statusDuring(intervals: BusyInterval[], startMs: number, endMs: number): FreeBusy {
  let status: FreeBusy = 'free';
  for (const i of intervals) {
    if (i.endMs > startMs && i.startMs < endMs && RANK[i.status]! > RANK[status]!) status = i.status;
  }
  return status;
}
