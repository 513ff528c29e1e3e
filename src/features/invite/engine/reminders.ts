/**
 * Reminders of the agreements with oneself. The text is the agreement itself (the tool's "Aftale
 * med dig selv"), with its follow-up and a link back to the contract. They start on the first
 * working day after the dialogue — the day the agreements take effect — and end with the contract
 * period.
 */
import { clipText } from '../../../domain/agenda';
import { isoDate } from '../../../domain/dates';
import type { Agreement } from '../../../domain/model';
import type { ReminderEventInput } from '../../../graph/shareFlowRequests';
import type { RecurringTaskInput } from '../../../graph/todo';
import type { Locale } from '../../../content/types';
import { engineStrings } from './engineStrings';
import type { PreparedRequest } from './prepare';
import type { BookAndShareRequest } from './request';
import { localAsDate } from './times';

/** To Do shows at most 255 characters of a title; the whole agreement is in the body. */
export const TASK_TITLE_MAX = 255;

/** The first working day after the dialogue, YYYY-MM-DD. */
export function firstReminderDate(dialogueStart: string): string {
  const day = localAsDate(dialogueStart);
  const next = new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1);
  while (next.getDay() === 0 || next.getDay() === 6) next.setDate(next.getDate() + 1);
  return isoDate(next);
}

/**
 * The reminder's text: the agreement, its follow-up, and the link back. The follow-up view's
 * reminder sync writes the same text when an agreement changes (src/features/followUp/reminderSync.ts).
 */
export function reminderBody(agreement: Agreement, locale: Locale, link: string | undefined): string {
  const words = engineStrings[locale];
  const parts = [agreement.text.trim()];
  if (agreement.followUp.trim()) parts.push(`${words.followUp}: ${agreement.followUp.trim()}`);
  parts.push(link ? `${words.myAgreement}: ${link}` : words.fromMyAgreement);
  return parts.join('\n\n');
}

function linkBack(prepared: PreparedRequest, docxWebUrl: string | undefined): string | undefined {
  return prepared.appLink ?? docxWebUrl;
}

export function reminderTaskInput(
  agreement: Agreement,
  prepared: PreparedRequest,
  request: BookAndShareRequest,
  reminderTime: string,
  guardKey: string,
  docxWebUrl: string | undefined,
): RecurringTaskInput {
  const link = linkBack(prepared, docxWebUrl);
  const firstDate = firstReminderDate(prepared.intent.slot.start);
  return {
    title: clipText(agreement.text, TASK_TITLE_MAX),
    body: reminderBody(agreement, prepared.locale, link),
    cadence: agreement.cadence ?? 'weekly',
    ...(request.weekdaysOnly && agreement.cadence === 'daily' ? { weekdaysOnly: true } : {}),
    firstDate,
    endDate: request.contract.period.end < firstDate ? firstDate : request.contract.period.end,
    reminderTime,
    timeZone: prepared.intent.slot.timeZone,
    ...(link ? { link: { webUrl: link, displayName: engineStrings[prepared.locale].myAgreement } } : {}),
    guardKey,
  };
}

export function reminderEventInput(
  agreement: Agreement,
  prepared: PreparedRequest,
  request: BookAndShareRequest,
  reminderTime: string,
  transactionId: string,
  docxWebUrl: string | undefined,
): ReminderEventInput {
  const firstDate = firstReminderDate(prepared.intent.slot.start);
  return {
    subject: clipText(agreement.text, TASK_TITLE_MAX),
    text: reminderBody(agreement, prepared.locale, linkBack(prepared, docxWebUrl)),
    cadence: agreement.cadence ?? 'weekly',
    ...(request.weekdaysOnly && agreement.cadence === 'daily' ? { weekdaysOnly: true } : {}),
    firstStart: `${firstDate}T${reminderTime}:00`,
    durationMinutes: 15,
    timeZone: prepared.intent.slot.timeZone,
    endDate: request.contract.period.end < firstDate ? firstDate : request.contract.period.end,
    transactionId,
  };
}
