/** What "Book and share" reports: to the checklist while it runs, and as a summary when it ends. */
import type { BookingStep } from '../../../domain/bookingPlan';
import type { GraphErrorKind } from '../../../graph/errors';
import type { Bookings, ChatBooking, Contract } from '../../../domain/model';
import type { ContractTrouble } from '../../nearestLeader/contractAccessStrings';
import type { RequestIssue } from './validateRequest';
import type { MeetingTabOutcome } from '../../meetingTab/pinMeetingTab';

export type StepStatus = 'running' | 'done' | 'unchanged' | 'skipped' | 'failed' | 'conflict';

/**
 * Why a step was skipped or failed when a Graph error's kind does not say it: the chat cannot reach
 * the nearest leader, the share had no folder, OneDrive's copy of the contract refused the save.
 */
export type StepReason =
  { kind: 'chatSkipped'; because: NonNullable<ChatBooking['skippedReason']> } | { kind: 'needsFolder' } | { kind: 'saveRefused'; trouble: ContractTrouble };

/** A step's outcome as kinds; the invite step words it (bookingIssueWords.ts stepOutcomeText). */
export interface StepOutcome {
  step: BookingStep;
  status: StepStatus;
  /** The kind of Graph failure behind a failed or conflicting step. */
  errorKind?: GraphErrorKind;
  /** Said instead of the Graph kind, when there is one. */
  reason?: StepReason;
}

/** Someone else changed a shared file since this device last saw it; the leader chooses. */
export interface StorageConflict {
  file: 'json' | 'docx';
  remoteETag: string;
  /** Their lederaftale.json, parsed, when it is a valid contract (for "take theirs"). */
  remoteContract?: Contract;
}

export interface BookAndShareLinks {
  eventWebLink?: string;
  joinUrl?: string;
  folderWebUrl?: string;
  docxWebUrl?: string;
  appLink?: string;
}

export type BookAndShareResult =
  | { status: 'invalid'; issues: RequestIssue[]; bookings: Bookings; roundTrips: 0 }
  | {
      /** complete: every step done or deliberately skipped; partial: something failed or conflicts. */
      status: 'complete' | 'partial';
      bookings: Bookings;
      steps: StepOutcome[];
      conflicts: StorageConflict[];
      links: BookAndShareLinks;
      /** Sequential round trips this run took. */
      roundTrips: number;
      /**
       * What lederaftale.json holds after this run's save (merged with the nearest leader's part), for
       * the draft to take in; absent when the JSON was not saved.
       */
      shared?: Contract;
      /**
       * The optional last step, when asked for: Lederdialog pinned in the meeting chat, or one line on
       * how to add it by hand. Its own round trips are in it, not in `roundTrips` (it runs after).
       */
      meetingTab?: MeetingTabOutcome;
    };

export type ProgressListener = (bookings: Bookings, step: BookingStep, status: StepStatus) => void;
