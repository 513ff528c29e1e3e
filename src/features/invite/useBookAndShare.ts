/**
 * Runs "Book and share" for the screen: the checklist follows every onProgress, and every record
 * the engine hands over is saved into the local draft at once — so a closed tab, a failure or a
 * "Prøv igen" resumes from exactly what was done, and nothing is made twice.
 */
import { useCallback, useRef, useState } from 'react';
import { appConfig } from '../../config';
import { setBookings } from '../../domain/draftEdits';
import type { Bookings, Draft } from '../../domain/model';
import type { GraphClient } from '../../graph/client';
import { toGraphAppError, type GraphErrorKind } from '../../graph/errors';
import { writeSharedBase } from '../../store/sharedBase';
import { takeInShared } from '../followUp/sharedSave';
import { waitingChecklist, type ChecklistState } from './BookingChecklist';
import { bookAndShare, type BookAndShareRequest, type BookAndShareResult } from './engine';

/** A copy the engine cannot change afterwards (it keeps working on its own record). */
function snapshot(bookings: Bookings): Bookings {
  return JSON.parse(JSON.stringify(bookings)) as Bookings;
}

/** The engine's result, or the kind of an unexpected failure (BookingOutcome words both). */
export type RunOutcome = BookAndShareResult | { status: 'error'; errorKind: GraphErrorKind };

export function useBookAndShare(graph: GraphClient | undefined, update: (change: (draft: Draft) => Draft) => void) {
  const [running, setRunning] = useState(false);
  const [checklist, setChecklist] = useState<ChecklistState | undefined>();
  const [outcome, setOutcome] = useState<RunOutcome | undefined>();
  const busy = useRef(false);

  const run = useCallback(
    async (request: BookAndShareRequest): Promise<RunOutcome | undefined> => {
      if (!graph || busy.current) return undefined;
      busy.current = true;
      setRunning(true);
      setOutcome(undefined);
      setChecklist(undefined);
      let result: RunOutcome;
      try {
        const done = await bookAndShare(graph, request, {
          // Last, optional and only when the leader left it chosen: pin Lederdialog in the meeting chat
          // (or say how to add it by hand). Its scopes are asked for here, after the booking, never before.
          ...(request.skipMeetingTab ? {} : { meetingTab: { teamsAppId: appConfig.teamsAppId, appOrigin: appConfig.appOrigin || window.location.origin } }),
          onProgress: (bookings, step, status) => {
            const saved = snapshot(bookings);
            update((d) => setBookings(d, saved));
            setChecklist((c) => ({ ...(c ?? waitingChecklist()), [step]: { status } }));
          },
        });
        if (done.status !== 'invalid') {
          update((d) => setBookings(d, snapshot(done.bookings)));
          // The file as saved holds the nearest leader's part too: the draft and this device's base take it in.
          const shared = done.shared;
          if (shared) {
            writeSharedBase(shared);
            update((d) => takeInShared(d, request.contract, shared));
          }
          const final = waitingChecklist();
          for (const { step, ...outcome } of done.steps) final[step] = outcome;
          setChecklist(final);
        }
        result = done;
      } catch (thrown) {
        // The engine reports Graph failures in its result; anything thrown is unexpected. The
        // draft (and every record saved so far) stays; the leader can try again.
        result = { status: 'error', errorKind: toGraphAppError(thrown).kind };
      } finally {
        busy.current = false;
        setRunning(false);
      }
      setOutcome(result);
      return result;
    },
    [graph, update],
  );

  return { running, checklist, outcome, run };
}
