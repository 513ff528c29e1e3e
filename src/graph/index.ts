/** src/graph: the only code that calls Microsoft Graph. One module per area; this is the table of contents. */
export { createGraphClient, GraphClient, type GraphCall, type GraphClientConfig, type GraphResult } from './client';
export { GraphAppError, isGraphAppError, type GraphErrorKind } from './errors';
export type { RetryOptions, RetryPolicy } from './retry';
export * from './types';
export { getMe, getMailboxSettings } from './me';
export { getNearestLeader, searchPeople } from './people';
export { findDialogueTimes, workingDayWindows, DIALOGUE_MINUTES, type FindDialogueTimesInput } from './meetingTimes';
export { listRooms } from './rooms';
export {
  createDialogueMeeting,
  createRecurringSeries,
  listSeriesInstances,
  getEvent,
  findEventByICalUId,
  updateEvent,
  cancelEvent,
  type DialogueMeetingInput,
  type RecurringSeriesInput,
  type EventChanges,
  type MeetingPlace,
} from './events';
export { patternedRecurrence, recurrencePattern } from './recurrence';
export { ensureFolder, getItem, listChildren, uploadSmallFile, downloadFile, getAppFolder, type ItemTarget, type UploadOptions } from './files';
export { inviteToItem, listPermissions, listSharedWithMe, readSharedItem, type InviteOptions } from './sharing';
export { getOrCreateOneOnOneChat, postChatMessage, findGuardedMessage, type ChatMessageContent, type PostOptions } from './chat';
export { getDefaultTaskList, createRecurringTask, type RecurringTaskInput } from './todo';
export { runBatch, chunkBatchRequests, MAX_BATCH_SIZE, type BatchRequest, type BatchItemResult, type BatchOptions } from './batch';
