/**
 * One run of "Book and share": the record it fills in, each step's outcome so far, and what every
 * round needs to know. The rounds (roundLookups, roundCreates, roundMoves, roundJson) are plain
 * functions of a run: each sends its requests and writes the answers into the record.
 */
import type { ToolContent } from '../../../content/types';
import type { BookingStep } from '../../../domain/bookingPlan';
import type { LocalizedText } from '../../../domain/localized';
import type { GraphClient } from '../../../graph/client';
import { toGraphAppError, type GraphAppError } from '../../../graph/errors';
import { graphErrorWords } from '../../../ui/graphErrorWords';
import type { RoundExecutor } from './executor';
import type { KeyedBookings, PreparedRequest } from './prepare';
import type { BookAndShareRequest } from './request';
import type { ProgressListener, StepOutcome, StepStatus, StorageConflict } from './result';

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

  set(step: BookingStep, status: StepStatus, extra: { error?: GraphAppError; message?: LocalizedText } = {}): void {
    const previous = this.steps.get(step);
    // A failure or a conflict in one part of a step is not hidden by a later success in another.
    if (status === 'done' && previous && (previous.status === 'failed' || previous.status === 'conflict')) return;
    const outcome: StepOutcome = { step, status };
    const message = extra.message ?? (extra.error && graphErrorWords(extra.error.kind));
    if (message) outcome.message = message;
    if (extra.error) outcome.errorKind = extra.error.kind;
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
    this.set(step, 'failed', { error });
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
