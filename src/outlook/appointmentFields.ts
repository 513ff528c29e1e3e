import type { LocalizedText } from '../domain/localized';

/** The parts of the open appointment the task pane writes, one Office.js setAsync each. */
export type AppointmentField = 'subject' | 'start' | 'end' | 'requiredAttendees' | 'body' | 'location' | 'recurrence';

/** How the leader sees each field named in Outlook (Danish Outlook's own words). */
export const FIELD_NAMES: Record<AppointmentField, LocalizedText> = {
  subject: { da: 'emnet', en: 'the subject' },
  start: { da: 'starttidspunktet', en: 'the start time' },
  end: { da: 'sluttidspunktet', en: 'the end time' },
  requiredAttendees: { da: 'de påkrævede deltagere', en: 'the required attendees' },
  body: { da: 'mødeteksten (dagsordenen)', en: 'the meeting text (the agenda)' },
  location: { da: 'stedet', en: 'the location' },
  recurrence: { da: 'gentagelsen', en: 'the recurrence' },
};
