/**
 * One run of "Book and share": the record it fills in, each step's outcome so far, and what every
 * round needs to know. The rounds (roundLookups, roundCreates, roundMoves, roundJson) are plain
 * functions of a run: each sends its requests and writes the answers into the record.
 */
import type { ToolContent } from '../../../content/types';
import type { BookingStep } from '../../../domain/bookingPlan';
import type { GraphClient } from '../../../graph/client';
import { toGraphAppError, type GraphAppError, type GraphErrorKind } from '../../../graph/errors';
import type { RoundExecutor } from './executor';
import type { KeyedBookings, PreparedRequest } from './prepare';
import type { BookAndShareRequest } from './request';
import type { ProgressListener, StepOutcome, StepReason, StepStatus, StorageConflict } from './result';

export class BookingRun {
  readonly steps = new Map<BookingStep, StepOutcome>();
  readonly conflicts: StorageConflict[] = [];

  constructor(
    readonly graph: GraphClient,
    readonly exec: RoundExecutor,
    readonly request: BookAndShareRequest,
    readonly prepared: PreparedRequest,
    readonly content: ToolContent,
    readonly now: Date,
    /** The record with every key recorded (prepare.ts recordKeys): dialogue, storage and chat exist. */
    readonly b: KeyedBookings,
    private readonly onProgress: ProgressListener | undefined,
  ) {}

  /** Record a step's status, with why when it failed, conflicts or was skipped (kinds: the UI words them). */
  set(step: BookingStep, status: StepStatus, why: { errorKind?: GraphErrorKind; reason?: StepReason } = {}): void {
    const previous = this.steps.get(step);
    // A failure or a conflict in one part of a step is not hidden by a later success in another.
    if (status === 'done' && previous && (previous.status === 'failed' || previous.status === 'conflict')) return;
    const outcome: StepOutcome = { step, status };
    if (why.errorKind) outcome.errorKind = why.errorKind;
    if (why.reason) outcome.reason = why.reason;
    this.steps.set(step, outcome);
    this.onProgress?.(this.b, step, status);
  }

  status(step: BookingStep): StepStatus | undefined {
    return this.steps.get(step)?.status;
  }

  /** Hand the record to the UI again (new markers), the step's outcome unchanged. */
  save(step: BookingStep): void {
    this.onProgress?.(this.b, step, this.status(step) ?? 'running');
  }

  fail(step: BookingStep, error: GraphAppError): void {
    this.set(step, 'failed', { errorKind: error.kind });
  }

  /**
   * One answer of the batch: read it (the readers throw Graph's error for a failed item), record
   * what it says, and mark the step done; a failed answer fails the step.
   */
  take<T>(step: BookingStep, read: () => T, record: (value: T) => void): void {
    try {
      record(read());
      this.set(step, 'done');
    } catch (error) {
      this.fail(step, toGraphAppError(error));
    }
  }
}
