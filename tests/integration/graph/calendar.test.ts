import { newId } from '../../../src/domain/ids';
import {
  cancelEvent,
  createDialogueMeeting,
  createRecurringSeries,
  findEventByICalUId,
  getEvent,
  listSeriesInstances,
  updateEvent,
} from '../../../src/graph/events';
import { isGraphAppError } from '../../../src/graph/errors';
import { getMailboxSettings } from '../../../src/graph/me';
import { findDialogueTimes } from '../../../src/graph/meetingTimes';
import { listRooms } from '../../../src/graph/rooms';
import { wallClock } from '../../../src/graph/timeZones';
import { LARS, METTE, startTestEmulator, type DemoState, type TestEmulator } from '../support/emulator';

let env: TestEmulator;
beforeAll(async () => {
  env = await startTestEmulator();
});
afterAll(async () => env.close());

const lars = { mail: LARS, displayName: 'Lars Nielsen' };
const agendaHtml = '<h2>Dialog med nærmeste leder</h2><ul><li>Mål for året &amp; støtte</li></ul>';

/** UTC milliseconds of an offset-less local time in a zone (two passes settle the DST offset). */
function utcOf(local: string, zone: string): number {
  const naive = Date.parse(`${local}Z`);
  let guess = naive;
  for (let i = 0; i < 2; i += 1) {
    const w = wallClock(new Date(guess), zone);
    const shown = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
    guess += naive - shown;
  }
  return guess;
}

function busyOf(state: DemoState, upn: string): Array<[number, number]> {
  return state.events
    .filter((e) => e.owner === upn && e.type !== 'seriesMaster' && e.isCancelled !== true && e.showAs !== 'free')
    .map((e) => [Date.parse(e.startUtc), Date.parse(e.endUtc)]);
}

describe('findDialogueTimes', () => {
  it('suggests 45-minute slots within working hours where both really are free', async () => {
    const graph = env.graphAs(METTE);
    const { workingHours, timeZone } = await getMailboxSettings(graph);
    const result = await findDialogueTimes(graph, { attendee: lars, workingHours, timeZone, workingDays: 10, now: new Date() });
    expect(result.slots.length).toBeGreaterThan(0);
    const state = await env.state();
    const busy = [...busyOf(state, METTE), ...busyOf(state, LARS)];
    expect(busy.length).toBeGreaterThan(0);
    for (const slot of result.slots) {
      const start = utcOf(slot.start.dateTime, slot.start.timeZone);
      const end = utcOf(slot.end.dateTime, slot.end.timeZone);
      expect(end - start).toBe(45 * 60_000);
      expect(start).toBeGreaterThan(Date.now());
      expect(slot.start.dateTime.slice(11, 16) >= workingHours.startTime).toBe(true);
      expect(slot.end.dateTime.slice(11, 16) <= workingHours.endTime).toBe(true);
      expect(busy.some(([s, e]) => s < end && start < e)).toBe(false);
    }
  });
});

describe('events', () => {
  it('createDialogueMeeting books a Teams meeting with agenda, attendee and room, once per transactionId', async () => {
    const graph = env.graphAs(METTE);
    const rooms = await listRooms(graph);
    const room = rooms.available ? rooms.rooms[0] : undefined;
    const transactionId = newId();
    const input = {
      subject: 'Dialog: Mette og Lars',
      start: { dateTime: '2026-12-14T10:00:00', timeZone: 'Romance Standard Time' },
      end: { dateTime: '2026-12-14T10:45:00', timeZone: 'Romance Standard Time' },
      attendees: [lars],
      agendaHtml,
      place: { room },
      transactionId,
    };
    const event = await createDialogueMeeting(graph, input);
    expect(event).toMatchObject({ subject: input.subject, transactionId, type: 'singleInstance', isCancelled: false });
    expect(event.joinUrl).toMatch(/^https:\/\//);
    expect(event.attendees.map((a) => a.mail)).toEqual(expect.arrayContaining([LARS]));
    if (room) expect(event.location).toBe(room.displayName);

    const again = await createDialogueMeeting(graph, input);
    expect(again.id).toBe(event.id);
    const mine = (await env.state()).events.filter((e) => e.owner === METTE && e.transactionId === transactionId);
    expect(mine).toHaveLength(1);
    expect(String((mine[0]?.body as { content?: string })?.content)).toContain('Mål for året');
  });

  it('createRecurringSeries books follow-ups until the end date; listSeriesInstances lists them', async () => {
    const graph = env.graphAs(METTE);
    const series = await createRecurringSeries(graph, {
      subject: 'Opfølgning: Mette og Lars',
      cadence: 'biweekly',
      firstStart: { dateTime: '2027-01-05T09:00:00', timeZone: 'Romance Standard Time' },
      durationMinutes: 30,
      endDate: '2027-03-02',
      attendees: [lars],
      agendaHtml,
      transactionId: newId(),
    });
    expect(series.type).toBe('seriesMaster');
    expect(series.recurrence).toMatchObject({
      pattern: { type: 'weekly', interval: 2, daysOfWeek: ['tuesday'] },
      range: { type: 'endDate', endDate: '2027-03-02' },
    });
    const instances = await listSeriesInstances(graph, series.id, {
      from: '2027-01-01T00:00:00Z',
      to: '2027-06-30T00:00:00Z',
      timeZone: 'Romance Standard Time',
    });
    expect(instances.map((i) => i.start.dateTime)).toEqual([
      '2027-01-05T09:00:00',
      '2027-01-19T09:00:00',
      '2027-02-02T09:00:00',
      '2027-02-16T09:00:00',
      '2027-03-02T09:00:00',
    ]);
    expect(instances.every((i) => i.seriesMasterId === series.id && i.end.dateTime.endsWith('09:30:00'))).toBe(true);

    // The nearest leader's overview: their own copy of the series, found by iCalUId, and its next dates.
    const larsGraph = env.graphAs(LARS);
    const larsSeries = await findEventByICalUId(larsGraph, series.iCalUId as string);
    expect(larsSeries?.type).toBe('seriesMaster');
    const larsInstances = await listSeriesInstances(larsGraph, larsSeries?.id as string, {
      from: '2027-01-20T00:00:00Z',
      to: '2027-12-31T00:00:00Z',
      timeZone: 'Romance Standard Time',
    });
    expect(larsInstances[0]?.start.dateTime).toBe('2027-02-02T09:00:00');
  });

  it.each([
    ['weekly', { type: 'weekly', interval: 1 }],
    ['monthly', { type: 'relativeMonthly', interval: 1, index: 'first' }],
    ['quarterly', { type: 'absoluteMonthly', interval: 3, dayOfMonth: 5 }],
  ] as const)('createRecurringSeries accepts the %s cadence', async (cadence, pattern) => {
    const series = await createRecurringSeries(env.graphAs(METTE), {
      subject: `Opfølgning ${cadence}`,
      cadence,
      firstStart: { dateTime: '2027-01-05T13:30:00', timeZone: 'Romance Standard Time' },
      durationMinutes: 45,
      endDate: '2027-12-31',
      attendees: [lars],
      agendaHtml,
      transactionId: newId(),
    });
    expect(series.recurrence?.pattern).toMatchObject(pattern);
  });

  it('updateEvent moves the existing meeting; getEvent and findEventByICalUId read it; cancelEvent cancels it', async () => {
    const graph = env.graphAs(METTE);
    const event = await createDialogueMeeting(graph, {
      subject: 'Dialog',
      start: { dateTime: '2026-12-15T10:00:00', timeZone: 'Romance Standard Time' },
      end: { dateTime: '2026-12-15T10:45:00', timeZone: 'Romance Standard Time' },
      attendees: [lars],
      agendaHtml,
      place: { text: 'Mødelokale 2 eller en gåtur' },
      transactionId: newId(),
    });
    expect(event.location).toBe('Mødelokale 2 eller en gåtur');
    const moved = await updateEvent(graph, event.id, {
      start: { dateTime: '2026-12-16T13:30:00', timeZone: 'Romance Standard Time' },
      end: { dateTime: '2026-12-16T14:15:00', timeZone: 'Romance Standard Time' },
      subject: 'Dialog (flyttet)',
    });
    expect(moved).toMatchObject({ id: event.id, subject: 'Dialog (flyttet)' });
    expect((await getEvent(graph, event.id, { timeZone: 'Romance Standard Time' })).start.dateTime).toBe('2026-12-16T13:30:00');
    expect((await getEvent(graph, event.id)).start).toEqual({ dateTime: '2026-12-16T12:30:00', timeZone: 'UTC' });
    expect(event.iCalUId).toBeTruthy();
    expect((await findEventByICalUId(graph, event.iCalUId as string))?.id).toBe(event.id);
    // The nearest leader's copy has its own id but the same iCalUId.
    const larsCopy = await findEventByICalUId(env.graphAs(LARS), event.iCalUId as string, { timeZone: 'Romance Standard Time' });
    expect(larsCopy?.start.dateTime).toBe('2026-12-16T13:30:00');

    await cancelEvent(graph, event.id, 'Vi finder en ny tid');
    await cancelEvent(graph, event.id); // again: harmless
    // Graph removes a cancelled meeting from the organiser's calendar (or shows it cancelled).
    const after: unknown = await getEvent(graph, event.id).catch((e: unknown) => e);
    if (isGraphAppError(after)) expect(after.kind).toBe('notFound');
    else expect((after as { isCancelled?: boolean }).isCancelled).toBe(true);
    const ours = (await env.state()).events.filter((e) => e.id === event.id);
    expect(ours.length === 0 || ours[0]?.isCancelled === true).toBe(true);
  });
});
