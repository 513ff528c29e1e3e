/**
 * Free/busy of the leader and the nearest leader: `POST /me/calendar/getSchedule`. It tells when a
 * person is busy (and how: busy, out of office, …) without what they do, which is all the app may
 * know of the nearest leader's calendar. Graph answers at most 62 days per request, so a longer
 * window is asked for in parts. Times go and come as wall-clock in the mailbox's zone (Prefer:
 * outlook.timezone), the way the app places the follow-ups' dates, and are returned as Dates of that
 * wall-clock: a holiday's date and an all-day absence line up with the series whatever zone the
 * browser is in.
 */
import type { ScheduleInformation } from '@microsoft/microsoft-graph-types';
import { scopes } from '../auth/scopes';
import type { GraphClient } from './client';

/** Graph's limit for one getSchedule window, in days. */
export const MAX_SCHEDULE_DAYS = 62;
const DAY_MS = 86_400_000;

export type BusyStatus = 'tentative' | 'busy' | 'oof' | 'workingElsewhere';

export interface BusyTime {
  start: Date;
  end: Date;
  status: BusyStatus;
}

export interface PersonSchedule {
  /** The address asked for. */
  mail: string;
  busy: BusyTime[];
  /** Set when Graph could not give this person's free/busy (unknown address, no access). */
  error?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const wallClock = (d: Date, timeZone: string) => ({
  dateTime: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:00`,
  timeZone,
});
function fromWallClock(v: { dateTime?: string | null } | null | undefined): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(v?.dateTime ?? '');
  return m ? new Date(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!) : new Date(NaN);
}

/** The window cut into parts Graph accepts. Pure, for the unit test. */
export function scheduleWindows(from: Date, to: Date, maxDays = MAX_SCHEDULE_DAYS): { from: Date; to: Date }[] {
  const out: { from: Date; to: Date }[] = [];
  for (let s = from.getTime(); s < to.getTime(); s += maxDays * DAY_MS)
    out.push({ from: new Date(s), to: new Date(Math.min(to.getTime(), s + maxDays * DAY_MS)) });
  return out;
}

/**
 * Busy times of each address over [from, to), wall-clock in `timeZone` (a Windows name such as
 * "Romance Standard Time"). Calendars.ReadWrite (asked for by booking) covers it.
 */
export async function getBusyTimes(graph: GraphClient, mails: string[], from: Date, to: Date, timeZone: string): Promise<PersonSchedule[]> {
  const people = new Map<string, PersonSchedule>(mails.map((mail) => [mail.toLowerCase(), { mail, busy: [] }]));
  for (const part of scheduleWindows(from, to)) {
    const result = await graph.post<{ value?: ScheduleInformation[] }>(
      '/me/calendar/getSchedule',
      scopes.calendar,
      { schedules: mails, startTime: wallClock(part.from, timeZone), endTime: wallClock(part.to, timeZone), availabilityViewInterval: 60 },
      // getSchedule changes nothing: as safe to repeat as a GET.
      { retry: 'all', headers: { Prefer: `outlook.timezone="${timeZone}"` } },
    );
    for (const info of result.value ?? []) {
      const person = people.get(String(info.scheduleId ?? '').toLowerCase());
      if (!person) continue;
      if (info.error) {
        person.error = info.error.responseCode ?? info.error.message ?? 'error';
        continue;
      }
      for (const item of info.scheduleItems ?? []) {
        const status = item.status;
        if (status !== 'tentative' && status !== 'busy' && status !== 'oof' && status !== 'workingElsewhere') continue;
        person.busy.push({ start: fromWallClock(item.start), end: fromWallClock(item.end), status });
      }
    }
  }
  return [...people.values()];
}
