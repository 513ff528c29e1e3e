/**
 * Reminders in step with the agreements (issue 8, part 6). What needs doing is read from the
 * contract alone — a reminder whose recorded text or cadence differs from its agreement is
 * updated, a reminder whose agreement was dropped (or lost its cadence) is deleted — so running it
 * again after a failure does exactly what is left, and running it over a record in step does
 * nothing. Reminders are found through `bookings.reminders` (the ids "Book and share" recorded).
 *
 * The bookings record is updated only for the parts that succeeded; a failure keeps the old record,
 * so the work is still planned next time and nothing is lost.
 */
import { clipText } from '../../domain/agenda';
import type { Bookings, ReminderBooking } from '../../domain/bookings';
import type { LocalizedText } from '../../domain/localized';
import type { Agreement, Contract } from '../../domain/model';
import type { GraphClient } from '../../graph/client';
import { toGraphAppError } from '../../graph/errors';
import { deleteReminderEvent, deleteTodoTask, updateReminderEvent, updateTodoTask, type ReminderChange } from '../../graph/todoUpdates';

/** To Do shows at most 255 characters of a title (as in the invite engine). */
const TASK_TITLE_MAX = 255;
/** Copenhagen, as Graph names it. */
export const DEFAULT_REMINDER_TIME_ZONE = 'Romance Standard Time';
// The engine's default (bookAndShare.ts); the chosen time is not in the record, so a revision keeps the default.
export const DEFAULT_REMINDER_TIME = '08:30';

const words = {
  followUp: { da: 'Opfølgning', en: 'Follow-up' },
  contract: { da: 'Min lederaftale', en: 'My leader agreement' },
  from: { da: 'Fra min lederaftale (Lederdialog)', en: 'From my leader agreement (Lederdialog)' },
} satisfies Record<string, LocalizedText>;

export interface ReminderSyncPlan {
  update: { reminder: ReminderBooking; agreement: Agreement }[];
  remove: ReminderBooking[];
}

function hasTarget(r: ReminderBooking): boolean {
  return Boolean(r.taskId || r.eventId);
}

/** What is out of step, from the contract alone. */
export function planReminderSync(contract: Pick<Contract, 'selfAgreements' | 'bookings'>): ReminderSyncPlan {
  const plan: ReminderSyncPlan = { update: [], remove: [] };
  const bookings = contract.bookings;
  if (!bookings) return plan;
  for (const reminder of bookings.reminders) {
    if (!hasTarget(reminder)) continue; // never created (or still being recovered by "Book and share")
    const agreement = contract.selfAgreements.find((a) => a.id === reminder.agreementId);
    if (!agreement || agreement.droppedAt || !agreement.cadence || agreement.text.trim() === '') plan.remove.push(reminder);
    else if (reminder.text !== agreement.text || reminder.cadence !== agreement.cadence) plan.update.push({ reminder, agreement });
  }
  for (const retired of bookings.retired ?? []) if (hasTarget(retired)) plan.remove.push(retired);
  return plan;
}

export function isInStep(contract: Pick<Contract, 'selfAgreements' | 'bookings'>): boolean {
  const plan = planReminderSync(contract);
  return plan.update.length + plan.remove.length === 0;
}

/** The reminder's text: the agreement, its follow-up, and the link back (the engine's format). */
export function reminderBody(agreement: Agreement, locale: 'da' | 'en', link: string | undefined): string {
  const parts = [agreement.text.trim()];
  if (agreement.followUp.trim()) parts.push(`${words.followUp[locale]}: ${agreement.followUp.trim()}`);
  parts.push(link ? `${words.contract[locale]}: ${link}` : words.from[locale]);
  return parts.join('\n\n');
}

export interface SyncOptions {
  /** The day the new wording takes effect (the recurrence's new start), YYYY-MM-DD. */
  today: string;
  timeZone?: string;
  reminderTime?: string;
}

export interface SyncFailure {
  agreementId: string;
  action: 'update' | 'remove';
  message: LocalizedText;
}

export interface SyncResult {
  /** The bookings record after the parts that succeeded. */
  bookings: Bookings;
  updated: number;
  removed: number;
  failures: SyncFailure[];
}

export function reminderChange(agreement: Agreement, contract: Pick<Contract, 'locale' | 'period' | 'bookings'>, options: SyncOptions): ReminderChange {
  return {
    title: clipText(agreement.text, TASK_TITLE_MAX),
    body: reminderBody(agreement, contract.locale, contract.bookings?.storage?.docx.webUrl),
    cadence: agreement.cadence ?? 'weekly',
    firstDate: options.today,
    endDate: contract.period.end,
    reminderTime: options.reminderTime ?? DEFAULT_REMINDER_TIME,
    timeZone: options.timeZone ?? contract.bookings?.dialogue?.timeZone ?? DEFAULT_REMINDER_TIME_ZONE,
  };
}

/** Carry out the plan, one call per reminder, all at once. Never throws for Graph failures. */
export async function syncReminders(graph: GraphClient, contract: Pick<Contract, 'selfAgreements' | 'bookings' | 'locale' | 'period'>, options: SyncOptions): Promise<SyncResult> {
  const bookings: Bookings = JSON.parse(JSON.stringify(contract.bookings ?? { followUps: [], reminders: [] })) as Bookings;
  const plan = planReminderSync(contract);
  const failures: SyncFailure[] = [];
  let updated = 0;
  let removed = 0;

  const updates = plan.update.map(async ({ reminder, agreement }) => {
    const change = reminderChange(agreement, contract, options);
    try {
      if (reminder.kind === 'todo' && reminder.taskId && reminder.taskListId) await updateTodoTask(graph, reminder.taskListId, reminder.taskId, change);
      else if (reminder.kind === 'event' && reminder.eventId) await updateReminderEvent(graph, reminder.eventId, change);
      else return;
      const record = bookings.reminders.find((r) => r.agreementId === reminder.agreementId);
      if (record) Object.assign(record, { text: agreement.text, cadence: agreement.cadence ?? record.cadence });
      updated += 1;
    } catch (thrown) {
      failures.push({ agreementId: agreement.id, action: 'update', message: toGraphAppError(thrown).message });
    }
  });

  const removals = plan.remove.map(async (reminder) => {
    try {
      if (reminder.taskId && reminder.taskListId) await deleteTodoTask(graph, reminder.taskListId, reminder.taskId);
      else if (reminder.eventId) await deleteReminderEvent(graph, reminder.eventId);
      const same = (r: ReminderBooking) => r.agreementId === reminder.agreementId && r.taskId === reminder.taskId && r.eventId === reminder.eventId;
      bookings.reminders = bookings.reminders.filter((r) => !same(r));
      if (bookings.retired) bookings.retired = bookings.retired.filter((r) => !same(r));
      removed += 1;
    } catch (thrown) {
      failures.push({ agreementId: reminder.agreementId, action: 'remove', message: toGraphAppError(thrown).message });
    }
  });

  await Promise.all([...updates, ...removals]);
  return { bookings, updated, removed, failures };
}
