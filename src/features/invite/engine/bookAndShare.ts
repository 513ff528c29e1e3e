/**
 * "Book and share": the dialogue, the follow-up series, the self-reminders, the contract in
 * OneDrive, the invitation and the chat message — in three sequential round trips on a first run:
 *
 *   R1  upload Lederaftale.docx (creating the folder)   ┐ at once: none depends on another
 *       default To Do list · the 1:1 chat · app folder  ┘ (+ look-ups that recover lost answers)
 *   R2  $batch: dialogue event, follow-up series, To Do tasks / reminder events, invite to the
 *       folder, the chat message (+ private notes upload beside it)
 *   R3  lederaftale.json with every id recorded
 *
 * Why the document goes first: the agenda and the chat card link to the .docx, whose webUrl only
 * exists once it is uploaded; uploading it in R1 means the events are created with the link in
 * R2 instead of being created without it and PATCHed afterwards. The JSON goes last because it
 * records the ids everything else produced. Each round is its own module (roundLookups,
 * roundCreates, roundMoves, roundJson); this one runs them in order and sums up.
 *
 * Every part is idempotent and resumable: the pure planner (src/domain/bookingPlan.ts) computes what is
 * missing from the record, keys are recorded before requests (onProgress saves them), and a run
 * over a complete record sends nothing.
 */
import { getContent } from '../../../content';
import { BOOKING_STEPS, emptyBookings, pendingSteps, planBookings, type BookingPlan } from '../../../domain/bookingPlan';
import { newId as defaultNewId } from '../../../domain/ids';
import type { GraphClient } from '../../../graph/client';
import { pinDialogueTab, type MeetingTabOptions } from '../../meetingTab/pinMeetingTab';
import { BookingRun } from './bookingRun';
import { RoundExecutor, type RoundRecord } from './executor';
import { prepareRequest, recordKeys } from './prepare';
import type { BookAndShareRequest } from './request';
import type { BookAndShareLinks, BookAndShareResult, ProgressListener } from './result';
import { createRound } from './roundCreates';
import { jsonRound } from './roundJson';
import { lookupRound } from './roundLookups';
import { moveRound } from './roundMoves';
import { validateRequest } from './validateRequest';

export interface BookAndShareOptions {
  /** Called with the record after every part (and before the first request, with the keys). */
  onProgress?: ProgressListener;
  /** Sees each round as it starts (the benchmark counts them). */
  observeRound?: (round: RoundRecord) => void;
  newId?: () => string;
  /** Also pin Lederdialog in the booked meeting's chat (optional; after the main flow, counted apart). */
  meetingTab?: MeetingTabOptions;
}

/** Run "Book and share" for the request; never throws for Graph failures (they are in the result). */
export async function bookAndShare(graph: GraphClient, request: BookAndShareRequest, options: BookAndShareOptions = {}): Promise<BookAndShareResult> {
  const existing = request.contract.bookings ?? emptyBookings();
  const issues = validateRequest(request);
  if (issues.length > 0) return { status: 'invalid', issues, bookings: existing, roundTrips: 0 };

  const prepared = prepareRequest(request);
  const keyed = recordKeys(
    existing,
    planBookings(request.contract, existing, prepared.intent, existing.storage?.docx.webUrl),
    prepared,
    options.newId ?? defaultNewId,
  );
  const exec = new RoundExecutor(graph, options.observeRound);
  const content = getContent(request.contract.locale);
  const run = new BookingRun(graph, exec, request, prepared, content, request.now ?? new Date(), keyed, options.onProgress);
  const plan = planAgain(run);
  // The keys recorded above are saved (with each step's first status) before any request.
  startSteps(run, plan);

  const lookups = await lookupRound(run, plan);
  const { appLink } = await createRound(run, planAgain(run), lookups);
  await moveRound(run);
  const shared = await jsonRound(run, lookups.docxDeferred);
  finishSteps(run);

  const steps = [...run.steps.values()];
  const complete = steps.every((s) => s.status === 'done' || s.status === 'unchanged' || s.status === 'skipped');
  // The meeting tab never decides the status: a refusal only adds a line on adding it by hand.
  const meetingTab = options.meetingTab && run.b.dialogue.eventId ? await pinDialogueTab(graph, options.meetingTab, request.contract.id, run.b) : undefined;
  return {
    status: complete ? 'complete' : 'partial',
    bookings: run.b,
    steps,
    conflicts: run.conflicts,
    links: links(run, appLink),
    roundTrips: exec.roundTrips,
    ...(shared ? { shared } : {}),
    ...(meetingTab ? { meetingTab } : {}),
  };
}

/** The plan from the record as it is now (each round changes what the next one has to do). */
function planAgain(run: BookingRun): BookingPlan {
  return planBookings(run.request.contract, run.b, run.prepared.intent, run.b.storage.docx.webUrl);
}

function startSteps(run: BookingRun, plan: BookingPlan): void {
  const pending = new Set(pendingSteps(plan));
  const { chat } = run.prepared.intent;
  for (const step of BOOKING_STEPS) {
    if (step === 'chat' && !chat.possible) run.set('chat', 'skipped', { reason: { kind: 'chatSkipped', because: chat.reason } });
    else run.set(step, pending.has(step) ? 'running' : 'unchanged');
  }
}

function finishSteps(run: BookingRun): void {
  const { storage } = run.b;
  if (run.conflicts.length) run.set('storage', 'conflict', { errorKind: 'conflict' });
  else if (run.status('storage') === 'running') {
    const stored = Boolean(storage.docx.itemId && storage.json.itemId);
    run.set('storage', stored ? 'done' : 'failed', stored ? {} : { errorKind: 'unknown' });
  }
  // Anything still "running" did not get its turn (a dependency failed).
  for (const [step, outcome] of run.steps) if (outcome.status === 'running') run.set(step, 'failed', { errorKind: 'unknown' });
}

function links(run: BookingRun, appLink: string | undefined): BookAndShareLinks {
  const { dialogue, storage } = run.b;
  return {
    ...(dialogue.webLink ? { eventWebLink: dialogue.webLink } : {}),
    ...(dialogue.joinUrl ? { joinUrl: dialogue.joinUrl } : {}),
    ...(storage.folderWebUrl ? { folderWebUrl: storage.folderWebUrl } : {}),
    ...(storage.docx.webUrl ? { docxWebUrl: storage.docx.webUrl } : {}),
    ...(appLink ? { appLink } : {}),
  };
}
