/**
 * What the leader reads when Outlook refuses a field: which field, Outlook's own reason, what was
 * already written (it stays in the appointment), and that trying again is safe.
 */
import { fillTemplate } from '../content/uiStrings';
import type { Locale } from '../content/types';
import type { AppointmentFillError } from './fillAppointment';
import { paneStrings } from './paneStrings';

export function fillErrorText({ field, completed, office }: AppointmentFillError, locale: Locale): string {
  const words = paneStrings[locale];
  const names = completed.map((f) => words.fieldNames[f]).join(', ');
  return [
    fillTemplate(words.fillFailed, { field: words.fieldNames[field], detail: office.message }),
    completed.length ? fillTemplate(words.fillAlreadyDone, { fields: names }) : words.fillNothingDone,
    words.fillTryAgain,
  ].join(' ');
}
