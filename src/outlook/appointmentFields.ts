/**
 * The parts of the open appointment the task pane writes, one Office.js setAsync each. How the
 * leader sees each one named is in paneStrings.ts (fieldNames).
 */
export type AppointmentField = 'subject' | 'start' | 'end' | 'requiredAttendees' | 'body' | 'location' | 'recurrence';
