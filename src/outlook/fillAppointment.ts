/**
 * Fills the appointment the leader is composing in Outlook with the 45-minute dialogue: subject,
 * start, end, the nearest leader as required attendee, the agenda as HTML, and a location hint.
 *
 * The fields are written one after the other, not in parallel: start must land before end (Outlook
 * moves the end when the start changes), and a failure must name exactly one field. The first
 * failure stops the fill and is thrown as an AppointmentFillError that names which field Outlook
 * refused and which were already written (the pane words it: fillErrorText.ts), so nothing fails
 * half-silently.
 */
import type { AppointmentField } from './appointmentFields';
import { COERCION_HTML, OfficeCallError, officeCall, type OfficeFailure } from './officeAsync';

/** The part of Office.AppointmentCompose this file writes. */
export type DialogueAppointmentItem = Pick<Office.AppointmentCompose, 'subject' | 'start' | 'end' | 'requiredAttendees' | 'body' | 'location'>;

export interface Attendee {
  displayName: string;
  emailAddress: string;
}

/** Everything that goes into the appointment, already worded in the leader's language. */
export interface DialogueAppointmentPlan {
  subject: string;
  start: Date;
  end: Date;
  requiredAttendees: Attendee[];
  /** HTML with all user text already escaped (the domain's agenda builder does that). */
  bodyHtml: string;
  location: string;
}

export class AppointmentFillError extends Error {
  readonly field: AppointmentField;
  /** Fields written before the failure: they stay in the appointment. */
  readonly completed: AppointmentField[];
  readonly office: OfficeFailure;

  constructor(field: AppointmentField, completed: AppointmentField[], office: OfficeFailure) {
    // For logs; the leader reads fillErrorText's words.
    super(`Outlook refused ${field} after ${completed.join(', ') || 'nothing'}: ${office.message}`);
    this.name = 'AppointmentFillError';
    this.field = field;
    this.completed = completed;
    this.office = office;
  }
}

/** A Teams (or Skype) meeting that Outlook added to the body: its join link must survive our agenda. */
const ONLINE_MEETING_MARKERS = [/teams\.microsoft\.com\/l\/meetup-join/i, /join\.skype\.com/i, /teams\.live\.com\/meet/i];

export function hasOnlineMeetingBlock(html: string): boolean {
  return ONLINE_MEETING_MARKERS.some((marker) => marker.test(html));
}

/**
 * Writes the plan into the open appointment. Resolves with the fields written, in order.
 * Rejects with AppointmentFillError on the first field Outlook refuses.
 */
export async function fillDialogueAppointment(item: DialogueAppointmentItem, plan: DialogueAppointmentPlan): Promise<AppointmentField[]> {
  const completed: AppointmentField[] = [];
  const step = async (field: AppointmentField, write: () => Promise<unknown>): Promise<void> => {
    try {
      await write();
    } catch (error) {
      const office: OfficeFailure = error instanceof OfficeCallError ? error.failure : { message: error instanceof Error ? error.message : String(error) };
      throw new AppointmentFillError(field, [...completed], office);
    }
    completed.push(field);
  };

  await step('subject', () => officeCall<void>((cb) => item.subject.setAsync(plan.subject, cb)));
  await step('start', () => officeCall<void>((cb) => item.start.setAsync(plan.start, cb)));
  await step('end', () => officeCall<void>((cb) => item.end.setAsync(plan.end, cb)));
  await step('requiredAttendees', () =>
    officeCall<void>((cb) =>
      item.requiredAttendees.setAsync(
        plan.requiredAttendees.map((a) => ({ ...a })),
        cb,
      ),
    ),
  );
  await step('body', () => writeBody(item, plan.bodyHtml));
  await step('location', () => officeCall<void>((cb) => item.location.setAsync(plan.location, cb)));
  return completed;
}

/**
 * The agenda replaces the body (body.setAsync as HTML), except when Outlook has already put a Teams
 * meeting in it (organisations that add Teams to every meeting): replacing would delete the join
 * link, so the agenda is put in front of it instead (body.prependAsync).
 */
async function writeBody(item: DialogueAppointmentItem, html: string): Promise<void> {
  const current = await officeCall<string>((cb) => item.body.getAsync(COERCION_HTML, cb));
  if (hasOnlineMeetingBlock(current ?? '')) {
    await officeCall<void>((cb) => item.body.prependAsync(html, { coercionType: COERCION_HTML }, cb));
    return;
  }
  await officeCall<void>((cb) => item.body.setAsync(html, { coercionType: COERCION_HTML }, cb));
}
