/** The engine of "Book and share": the UI (src/features/invite) builds on these, and nothing else. */
export { bookAndShare, type BookAndShareOptions } from './bookAndShare';
export { rescheduleDialogue, cancelDialogue, type ChangeResult, type CancelOptions } from './changeDialogue';
export { resolveStorageConflict, type ConflictChoice } from './resolveConflict';
export { validateRequest, type RequestIssue } from './validateRequest';
export { prepareRequest, recordKeys, type PreparedRequest, type FollowUpSpec } from './prepare';
export { buildShareCard } from './chatCard';
export { contractFolderPath, folderPathForContract, periodFolderPath, sanitizeSegment } from './folderName';
export { DIALOGUE_MINUTES, addMinutesLocal } from './times';
export type { BookAndShareRequest, DialogueSlot, FollowUpChoice } from './request';
export type { BookAndShareResult, BookAndShareLinks, ProgressListener, StepOutcome, StepReason, StepStatus, StorageConflict } from './result';
export type { RoundRecord } from './executor';
