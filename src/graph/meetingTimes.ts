/** Free 45 minutes for the leader and the nearest leader: findMeetingTimes within working hours. */
import type { MeetingTimeSuggestionsResult, TimeSlot } from '@microsoft/microsoft-graph-types';
import { scopes } from '../auth/scopes';
import type { GraphClient } from './client';
import { graphDateTime, trimGraphDateTime, wallClock } from './timeZones';
import type { DayOfWeek, DialogueTimes, MeetingSlot, WorkingHours } from './types';

export const DIALOGUE_MINUTES = 45;
const WEEKDAYS: DayOfWeek[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** Slots start on a quarter hour; "now" is rounded up to the next one. */
const STEP_MINUTES = 15;

export interface FindDialogueTimesInput {
  attendee: { mail: string; displayName?: string };
  /** The leader's working hours (from getMailboxSettings); their zone is used for the window. */
  workingHours: WorkingHours;
  /** Zone the suggestions are returned in (Windows name); default the working hours' zone. */
  timeZone?: string;
  /** How many working days ahead to look, today included when time is left today. */
  workingDays: number;
  now: Date;
  maxCandidates?: number;
}

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/**
 * One time slot per working day: the working hours of each of the next `workingDays` working
 * days, today's cut to start at the next quarter hour. Pure, so it is unit-tested.
 */
export function workingDayWindows(hours: WorkingHours, workingDays: number, now: Date): TimeSlot[] {
  const start = minutesOf(hours.startTime);
  const end = minutesOf(hours.endTime);
  const today = wallClock(now, hours.timeZone);
  const nowMinutes = Math.ceil((today.hour * 60 + today.minute + 1) / STEP_MINUTES) * STEP_MINUTES;
  const slots: TimeSlot[] = [];
  // Walk calendar days in UTC arithmetic on the zone's date, so DST never skips or repeats a day.
  for (let offset = 0; slots.length < workingDays && offset < 7 * 8; offset += 1) {
    const day = new Date(Date.UTC(today.year, today.month - 1, today.day + offset));
    if (!hours.daysOfWeek.includes(WEEKDAYS[day.getUTCDay()] as DayOfWeek)) continue;
    const from = offset === 0 ? Math.max(start, nowMinutes) : start;
    if (from + DIALOGUE_MINUTES > end) continue;
    const [y, mo, d] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
    slots.push({
      start: { dateTime: graphDateTime(y, mo, d, Math.floor(from / 60), from % 60), timeZone: hours.timeZone },
      end: { dateTime: graphDateTime(y, mo, d, Math.floor(end / 60), end % 60), timeZone: hours.timeZone },
    });
  }
  return slots;
}

/**
 * `POST /me/findMeetingTimes` for a 45-minute dialogue where both must attend
 * (minimumAttendeePercentage 100), within working hours over the next N working days.
 * Answers come back in `timeZone` (Prefer: outlook.timezone), sorted by start.
 */
export async function findDialogueTimes(graph: GraphClient, input: FindDialogueTimesInput): Promise<DialogueTimes> {
  const timeZone = input.timeZone ?? input.workingHours.timeZone;
  const timeSlots = workingDayWindows(input.workingHours, input.workingDays, input.now);
  if (timeSlots.length === 0) return { slots: [], emptyReason: 'noWorkingHoursLeft' };
  const result = await graph.post<MeetingTimeSuggestionsResult>(
    '/me/findMeetingTimes',
    scopes.calendar,
    {
      attendees: [{ type: 'required', emailAddress: { address: input.attendee.mail, name: input.attendee.displayName ?? input.attendee.mail } }],
      timeConstraint: { activityDomain: 'work', timeSlots },
      meetingDuration: `PT${DIALOGUE_MINUTES}M`,
      minimumAttendeePercentage: 100,
      isOrganizerOptional: false,
      returnSuggestionReasons: true,
      maxCandidates: input.maxCandidates ?? 20,
    },
    // findMeetingTimes changes nothing, so it is as safe to repeat as a GET.
    { retry: 'all', headers: { Prefer: `outlook.timezone="${timeZone}"` } },
  );
  const slots: MeetingSlot[] = (result.meetingTimeSuggestions ?? [])
    .filter((s) => s.meetingTimeSlot?.start?.dateTime && s.meetingTimeSlot.end?.dateTime)
    .map((s) => ({
      start: { dateTime: trimGraphDateTime(s.meetingTimeSlot?.start?.dateTime), timeZone: s.meetingTimeSlot?.start?.timeZone ?? timeZone },
      end: { dateTime: trimGraphDateTime(s.meetingTimeSlot?.end?.dateTime), timeZone: s.meetingTimeSlot?.end?.timeZone ?? timeZone },
      confidence: s.confidence ?? 0,
    }))
    .sort((a, b) => a.start.dateTime.localeCompare(b.start.dateTime));
  return slots.length > 0 ? { slots } : { slots, emptyReason: result.emptySuggestionsReason ?? 'unknown' };
}
