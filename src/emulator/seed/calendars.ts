// Realistic busy calendars for the demo organisation, relative to the seeding day: standing
// meetings as open-ended recurring series (so they stay busy however long the state lives),
// plus deterministic one-off meetings and a few full-day blocks over the next ten weeks.
// Mette and Lars share some free 45-minute slots but not all (e.g. Monday 08:30–10:00 Lars is in
// the management meeting, Wednesday afternoon he has the area committee).
import type { DirectoryUser, EmulatorState, JsonObject } from '../types';
import { createEvent } from '../calendar/eventStore';
import { mulberry32, seedOf } from '../faults/prng';
import { dateOfDayNumber } from '../calendar/recurrence';
import { IANA_TIME_ZONE, TIME_ZONE } from './organisation';
import { isoDate, toLocalParts } from '../time/timezones';

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];

interface Standing {
  owner: string; // given name
  subject: string;
  days: string[];
  start: string; // HH:MM
  end: string;
  interval?: number;
  attendees?: string[]; // given names or room local parts
  monthly?: { index: string; day: string };
  showAs?: string;
}

const STANDING: Standing[] = [
  { owner: 'Mette', subject: 'Morgenbriefing med teamet', days: WEEKDAYS, start: '08:00', end: '08:30', attendees: ['Ahmed'] },
  { owner: 'Mette', subject: 'Teammøde', days: ['tuesday'], start: '09:00', end: '10:30', attendees: ['Ahmed', 'moedelokale.aalen'] },
  { owner: 'Mette', subject: 'Driftsmøde', days: ['thursday'], start: '13:00', end: '14:30' },
  { owner: 'Mette', subject: '1:1 med Ahmed', days: ['wednesday'], start: '10:00', end: '10:45', interval: 2, attendees: ['Ahmed'] },
  { owner: 'Lars', subject: 'Ledergruppemøde', days: ['monday'], start: '08:30', end: '10:00', attendees: ['Jonas', 'moedelokale.boegen'] },
  { owner: 'Lars', subject: 'Områdeudvalg', days: ['wednesday'], start: '12:30', end: '15:00' },
  { owner: 'Lars', subject: 'Fokustid', days: ['friday'], start: '13:00', end: '16:00' },
  { owner: 'Lars', subject: 'Budgetopfølgning', days: ['thursday'], start: '09:00', end: '11:00', monthly: { index: 'first', day: 'thursday' } },
  { owner: 'Birgitte', subject: 'Direktionsmøde', days: ['monday'], start: '09:00', end: '11:00' },
  { owner: 'Birgitte', subject: 'Tjek ind med områdecheferne', days: ['tuesday'], start: '14:00', end: '14:45', attendees: ['Lars', 'Peter'] },
  { owner: 'Birgitte', subject: 'Byrådsforberedelse', days: ['wednesday'], start: '13:00', end: '16:00' },
  { owner: 'Jonas', subject: 'Morgenmøde', days: WEEKDAYS, start: '08:15', end: '08:45' },
  { owner: 'Jonas', subject: 'Teamudvikling', days: ['thursday'], start: '10:00', end: '12:00' },
  { owner: 'Sofie', subject: 'HR-sparring', days: ['tuesday', 'thursday'], start: '09:00', end: '10:00' },
  { owner: 'Ahmed', subject: 'Planlægning af vagter', days: ['friday'], start: '08:00', end: '10:00' },
  { owner: 'Peter', subject: 'Vagtplanlægning', days: ['monday'], start: '08:00', end: '10:00' },
  { owner: 'Peter', subject: 'Byggemøde', days: ['wednesday'], start: '14:00', end: '16:00' },
  { owner: 'Sofie', subject: 'Samtalerum: trivselssamtaler', days: ['thursday'], start: '13:00', end: '15:00', attendees: ['stillerummet'] },
];
const LUNCH_OWNERS = ['Mette', 'Lars', 'Birgitte', 'Jonas', 'Sofie', 'Ahmed', 'Peter'];

const ONE_OFF_SUBJECTS = [
  'Borgermøde',
  'Opfølgning på sygefravær',
  'MED-udvalg',
  'Faglig sparring',
  'Budgetmøde',
  'Rekrutteringssamtale',
  'Tilsynsbesøg',
  'Projektmøde: digitalisering',
  'Samarbejdsmøde med jobcenteret',
  'Arbejdsmiljørunderingen',
];
const FULL_DAY_SUBJECTS = [
  { subject: 'Lederuddannelse (kursus)', showAs: 'oof' },
  { subject: 'Temadag om psykisk arbejdsmiljø', showAs: 'busy' },
  { subject: 'Ferie', showAs: 'oof' },
];

const dt = (date: string, time: string) => ({ dateTime: `${date}T${time}:00`, timeZone: TIME_ZONE });

function mondayOfWeek(now: Date): number {
  const p = toLocalParts(now.getTime(), IANA_TIME_ZONE);
  const day = Date.UTC(p.year, p.month - 1, p.day) / 86_400_000;
  return day - ((((day + 4) % 7) + 6) % 7); // back to Monday
}

export function seedCalendars(state: EmulatorState, now: Date): void {
  const byGiven = (given: string) => state.users.find((u) => u.givenName === given)!;
  const addressOf = (ref: string) => state.users.find((u) => u.givenName === ref)?.mail ?? `${ref}@demokommune.example`;
  const monday = mondayOfWeek(now);
  const startDate = isoDate(dateOfDayNumber(monday));
  const dateOf = (offset: number) => isoDate(dateOfDayNumber(monday + offset));
  const dayOffset = (day: string) => WEEKDAYS.indexOf(day);

  const create = (owner: DirectoryUser, input: JsonObject) => {
    const event = createEvent(state, owner, input);
    for (const e of state.events) if (e.data.iCalUId === event.data.iCalUId) e.seeded = true;
    return event;
  };

  for (const s of STANDING) {
    const firstDate = dateOf(Math.max(0, dayOffset(s.days[0]!)));
    const pattern: JsonObject = s.monthly
      ? { type: 'relativeMonthly', interval: 1, daysOfWeek: [s.monthly.day], index: s.monthly.index }
      : { type: 'weekly', interval: s.interval ?? 1, daysOfWeek: s.days, firstDayOfWeek: 'monday' };
    create(byGiven(s.owner), {
      subject: s.subject,
      start: dt(firstDate, s.start),
      end: dt(firstDate, s.end),
      showAs: s.showAs ?? 'busy',
      body: { contentType: 'html', content: `<p>${s.subject}</p>` },
      attendees: (s.attendees ?? []).map((a) => ({
        type: a.includes('.') || a === 'stillerummet' ? 'resource' : 'required',
        emailAddress: { address: addressOf(a) },
      })),
      recurrence: { pattern, range: { type: 'noEnd', startDate, recurrenceTimeZone: TIME_ZONE } },
    });
  }
  for (const given of LUNCH_OWNERS) {
    create(byGiven(given), {
      subject: 'Frokost',
      start: dt(startDate, '11:30'),
      end: dt(startDate, '12:00'),
      showAs: 'busy',
      sensitivity: 'private',
      recurrence: {
        pattern: { type: 'weekly', interval: 1, daysOfWeek: WEEKDAYS, firstDayOfWeek: 'monday' },
        range: { type: 'noEnd', startDate, recurrenceTimeZone: TIME_ZONE },
      },
    });
  }

  // One-off meetings and full-day blocks, the same for the same user and date.
  for (const user of state.users) {
    const rnd = mulberry32(seedOf(`${user.userPrincipalName}|${startDate}`));
    const fullDays = new Set([Math.floor(rnd() * 50), Math.floor(rnd() * 50)].map((d) => Math.floor(d / 5) * 7 + (d % 5)));
    for (let week = 0; week < 10; week++) {
      for (let wd = 0; wd < 5; wd++) {
        const offset = week * 7 + wd;
        const date = dateOf(offset);
        if (fullDays.has(offset)) {
          const f = FULL_DAY_SUBJECTS[Math.floor(rnd() * FULL_DAY_SUBJECTS.length)]!;
          create(user, { subject: f.subject, isAllDay: true, showAs: f.showAs, start: dt(date, '00:00'), end: dt(dateOf(offset + 1), '00:00') });
          continue;
        }
        const count = rnd() < 0.45 ? 1 : rnd() < 0.3 ? 2 : 0;
        for (let i = 0; i < count; i++) {
          const startHalfHour = 16 + Math.floor(rnd() * 14); // 08:00 .. 14:30
          const length = [1, 2, 2, 3][Math.floor(rnd() * 4)]!; // 30..90 minutes
          const hh = (n: number) => `${String(Math.floor(n / 2)).padStart(2, '0')}:${n % 2 ? '30' : '00'}`;
          create(user, {
            subject: ONE_OFF_SUBJECTS[Math.floor(rnd() * ONE_OFF_SUBJECTS.length)]!,
            start: dt(date, hh(startHalfHour)),
            end: dt(date, hh(Math.min(startHalfHour + length, 32))),
            showAs: rnd() < 0.15 ? 'tentative' : 'busy',
          });
        }
      }
    }
  }
}
