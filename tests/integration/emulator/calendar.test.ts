// Calendars: findMeetingTimes against the seeded calendars, attendee copies, transactionId
// dedup, recurrence expansion, update and cancel.
import { startTestEmulator, UPN, type TestEmulator } from '../support/emulator';
import { workingDaySlot } from '../support/slots';

let t: TestEmulator;
beforeAll(async () => {
  t = await startTestEmulator();
});
afterAll(() => t.close());

const utc = (d: { dateTime: string; timeZone: string }) => {
  expect(d.timeZone).toBe('UTC');
  return Date.parse(`${d.dateTime.slice(0, 19)}Z`);
};

async function calendarView(who: 'mette' | 'lars', from: Date, to: Date) {
  const r = await t.graph(who, 'GET', `/me/calendarView?startDateTime=${from.toISOString()}&endDateTime=${to.toISOString()}&$top=1000`);
  expect(r.status).toBe(200);
  return (r.body.value as any[])
    .filter((e) => !e.isCancelled && e.showAs !== 'free')
    .map((e) => ({ start: utc(e.start), end: utc(e.end), subject: e.subject }));
}

const overlaps = (busy: { start: number; end: number }[], s: number, e: number) => busy.some((b) => b.end > s && b.start < e);

function fmtBody(from: Date, to: Date, extra: Record<string, unknown> = {}) {
  return {
    attendees: [{ type: 'required', emailAddress: { address: UPN.lars, name: 'Lars Nielsen' } }],
    timeConstraint: {
      activityDomain: 'work',
      timeSlots: [{ start: { dateTime: from.toISOString().slice(0, 19), timeZone: 'UTC' }, end: { dateTime: to.toISOString().slice(0, 19), timeZone: 'UTC' } }],
    },
    meetingDuration: 'PT45M',
    minimumAttendeePercentage: 100,
    maxCandidates: 200,
    ...extra,
  };
}

describe('findMeetingTimes', () => {
  it('suggests only 45-minute slots in working hours where Mette and Lars are both free', async () => {
    const from = new Date();
    const to = new Date(from.getTime() + 14 * 86_400_000);
    const r = await t.graph('mette', 'POST', '/me/findMeetingTimes', fmtBody(from, to));
    expect(r.status).toBe(200);
    expect(r.body['@odata.context']).toContain('meetingTimeSuggestionsResult');
    const suggestions = r.body.meetingTimeSuggestions as any[];
    expect(suggestions.length).toBeGreaterThan(5);
    expect(r.body.emptySuggestionsReason).toBe('');
    const mette = await calendarView('mette', from, to);
    const lars = await calendarView('lars', from, to);
    const copenhagen = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Copenhagen',
      hour: '2-digit',
      minute: '2-digit',
      weekday: 'short',
      hourCycle: 'h23',
    });
    for (const s of suggestions) {
      const start = utc(s.meetingTimeSlot.start);
      const end = utc(s.meetingTimeSlot.end);
      expect(end - start).toBe(45 * 60_000);
      expect(s.confidence).toBe(100);
      expect(s.attendeeAvailability[0].availability).toBe('free');
      expect(overlaps(mette, start, end)).toBe(false);
      expect(overlaps(lars, start, end)).toBe(false);
      const [weekday, hhmm] = copenhagen.format(new Date(start)).split(' ');
      expect(['Mon', 'Tue', 'Wed', 'Thu', 'Fri']).toContain(weekday!.replace(',', ''));
      expect(hhmm! >= '08:00').toBe(true);
      expect(copenhagen.format(new Date(end)).split(' ')[1]! <= '16:00').toBe(true);
    }
    // Some times Mette alone is free are not offered, because Lars is busy then.
    const metteOnly = await t.graph('mette', 'POST', '/me/findMeetingTimes', fmtBody(from, to, { attendees: [] }));
    expect(metteOnly.body.meetingTimeSuggestions.length).toBeGreaterThan(suggestions.length);
  });

  it('honours minimumAttendeePercentage, isOrganizerOptional and maxCandidates', async () => {
    const from = new Date();
    const to = new Date(from.getTime() + 7 * 86_400_000);
    const few = await t.graph('mette', 'POST', '/me/findMeetingTimes', fmtBody(from, to, { maxCandidates: 3 }));
    expect(few.body.meetingTimeSuggestions).toHaveLength(3);
    expect(few.body.meetingTimeSuggestions.map((s: any) => s.order)).toEqual([1, 2, 3]);
    const half = await t.graph('mette', 'POST', '/me/findMeetingTimes', fmtBody(from, to, { minimumAttendeePercentage: 50 }));
    expect(half.body.meetingTimeSuggestions.some((s: any) => s.confidence === 50)).toBe(true);
    const optional = await t.graph('mette', 'POST', '/me/findMeetingTimes', fmtBody(from, to, { isOrganizerOptional: true }));
    const lars = await calendarView('lars', from, to);
    for (const s of optional.body.meetingTimeSuggestions) expect(overlaps(lars, utc(s.meetingTimeSlot.start), utc(s.meetingTimeSlot.end))).toBe(false);
  });

  it('reports an empty result with a reason when nobody can meet', async () => {
    // A window inside the shared lunch (11:30–12:00 Copenhagen) has no free 45 minutes.
    const slot = workingDaySlot(2, 11);
    const r = await t.graph('mette', 'POST', '/me/findMeetingTimes', {
      attendees: [{ type: 'required', emailAddress: { address: UPN.lars } }],
      timeConstraint: {
        activityDomain: 'work',
        timeSlots: [
          {
            start: { dateTime: `${slot.date}T11:30:00`, timeZone: 'Romance Standard Time' },
            end: { dateTime: `${slot.date}T12:00:00`, timeZone: 'Romance Standard Time' },
          },
        ],
      },
      meetingDuration: 'PT30M',
      minimumAttendeePercentage: 100,
    });
    expect(r.body.meetingTimeSuggestions).toEqual([]);
    expect(['organizerUnavailable', 'attendeesUnavailable']).toContain(r.body.emptySuggestionsReason);
  });

  it('counts an event sent to Lars as busy time in his calendar', async () => {
    const from = new Date();
    const to = new Date(from.getTime() + 10 * 86_400_000);
    const before = await t.graph('mette', 'POST', '/me/findMeetingTimes', fmtBody(from, to, { maxCandidates: 1 }));
    const first = before.body.meetingTimeSuggestions[0].meetingTimeSlot;
    const created = await t.graph('mette', 'POST', '/me/events', {
      subject: 'Lederdialog',
      start: first.start,
      end: first.end,
      attendees: [{ type: 'required', emailAddress: { address: UPN.lars } }],
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
    });
    expect(created.status).toBe(201);
    const larsView = await t.graph('lars', 'GET', `/me/calendarView?startDateTime=${first.start.dateTime}Z&endDateTime=${first.end.dateTime}Z`);
    const copy = larsView.body.value.find((e: any) => e.subject === 'Lederdialog');
    expect(copy).toBeDefined();
    expect(copy.isOrganizer).toBe(false);
    expect(copy.iCalUId).toBe(created.body.iCalUId);
    expect(copy.onlineMeeting.joinUrl).toBe(created.body.onlineMeeting.joinUrl);
    const after = await t.graph('mette', 'POST', '/me/findMeetingTimes', fmtBody(from, to, { maxCandidates: 1 }));
    expect(after.body.meetingTimeSuggestions[0].meetingTimeSlot.start.dateTime).not.toBe(first.start.dateTime);
  });
});

describe('events', () => {
  it('deduplicates creation by transactionId', async () => {
    const slot = workingDaySlot(4, 14);
    const body = { subject: 'Dedup', start: slot.start, end: slot.end, transactionId: 'txn-dedup-1', attendees: [{ emailAddress: { address: UPN.lars } }] };
    const a = await t.graph('mette', 'POST', '/me/events', body);
    const b = await t.graph('mette', 'POST', '/me/events', body);
    expect(a.status).toBe(201);
    expect(b.body.id).toBe(a.body.id);
    const state = (await t.demo('GET', '/demo/state')).body;
    const matching = state.events.filter((e: any) => e.transactionId === 'txn-dedup-1');
    expect(matching).toHaveLength(1);
    expect(state.events.filter((e: any) => e.iCalUId === a.body.iCalUId)).toHaveLength(2); // Mette's and Lars's copy
  });

  it('updates an event and its attendee copies, then cancels it', async () => {
    const slot = workingDaySlot(5, 9);
    const a = await t.graph('mette', 'POST', '/me/events', {
      subject: 'Før',
      start: slot.start,
      end: slot.end,
      attendees: [{ emailAddress: { address: UPN.lars } }],
    });
    const p = await t.graph('mette', 'PATCH', `/me/events/${a.body.id}`, { subject: 'Efter', body: { contentType: 'html', content: '<p>Ny dagsorden</p>' } });
    expect(p.status).toBe(200);
    expect(p.body.subject).toBe('Efter');
    expect(p.body.changeKey).not.toBe(a.body.changeKey);
    expect(p.body.bodyPreview).toBe('Ny dagsorden');
    let state = (await t.demo('GET', '/demo/state')).body;
    const larsCopy = state.events.find((e: any) => e.iCalUId === a.body.iCalUId && e.owner === UPN.lars);
    expect(larsCopy.subject).toBe('Efter');
    const c = await t.graph('mette', 'POST', `/me/events/${a.body.id}/cancel`, { Comment: 'Aflyst' });
    expect(c.status).toBe(202);
    expect((await t.graph('mette', 'GET', `/me/events/${a.body.id}`)).status).toBe(404);
    state = (await t.demo('GET', '/demo/state')).body;
    expect(state.events.find((e: any) => e.id === larsCopy.id).isCancelled).toBe(true);
    const notOrganizer = await t.graph('lars', 'POST', `/me/events/${larsCopy.id}/cancel`, {});
    expect(notOrganizer.status).toBe(400);
  });

  it('returns times in the Prefer: outlook.timezone zone', async () => {
    const slot = workingDaySlot(6, 13);
    const a = await t.graph('mette', 'POST', '/me/events', { subject: 'Tz', start: slot.start, end: slot.end });
    const r = await t.graph('mette', 'GET', `/me/events/${a.body.id}`, undefined, { Prefer: 'outlook.timezone="Romance Standard Time"' });
    expect(r.body.start).toEqual({ dateTime: `${slot.date}T13:00:00.0000000`, timeZone: 'Romance Standard Time' });
    expect(a.body.start.timeZone).toBe('UTC');
  });
});

describe('recurring series', () => {
  const series = async (pattern: Record<string, unknown>, range: Record<string, unknown>, startDate: string, hour = 10) => {
    const r = await t.graph('mette', 'POST', '/me/events', {
      subject: `Opfølgning ${JSON.stringify(pattern)}`,
      start: { dateTime: `${startDate}T${String(hour).padStart(2, '0')}:00:00`, timeZone: 'Romance Standard Time' },
      end: { dateTime: `${startDate}T${String(hour).padStart(2, '0')}:45:00`, timeZone: 'Romance Standard Time' },
      attendees: [{ emailAddress: { address: UPN.lars } }],
      recurrence: { pattern, range: { startDate, ...range } },
    });
    expect(r.status).toBe(201);
    expect(r.body.type).toBe('seriesMaster');
    const inst = await t.graph(
      'mette',
      'GET',
      `/me/events/${r.body.id}/instances?startDateTime=2026-01-01T00:00:00Z&endDateTime=2031-01-01T00:00:00Z&$top=100`,
      undefined,
      { Prefer: 'outlook.timezone="Romance Standard Time"' },
    );
    expect(inst.status).toBe(200);
    for (const o of inst.body.value) {
      expect(o.type).toBe('occurrence');
      expect(o.seriesMasterId).toBe(r.body.id);
      expect(o.start.dateTime.slice(11, 16)).toBe(`${String(hour).padStart(2, '0')}:00`);
    }
    return { master: r.body, dates: inst.body.value.map((o: any) => o.start.dateTime.slice(0, 10)) as string[] };
  };

  it('expands a weekly series every 14 days up to an end date', async () => {
    const { dates } = await series(
      { type: 'weekly', interval: 2, daysOfWeek: ['thursday'], firstDayOfWeek: 'monday' },
      { type: 'endDate', endDate: '2027-02-28' },
      '2026-12-03',
    );
    expect(dates).toEqual(['2026-12-03', '2026-12-17', '2026-12-31', '2027-01-14', '2027-01-28', '2027-02-11', '2027-02-25']);
  });

  it('expands a quarterly series (absoluteMonthly, interval 3) across the DST change', async () => {
    const { dates } = await series({ type: 'absoluteMonthly', interval: 3, dayOfMonth: 15 }, { type: 'endDate', endDate: '2027-12-31' }, '2026-12-15');
    expect(dates).toEqual(['2026-12-15', '2027-03-15', '2027-06-15', '2027-09-15', '2027-12-15']);
  });

  it('expands a relativeMonthly series (first Tuesday) with a number of occurrences', async () => {
    const { dates } = await series(
      { type: 'relativeMonthly', interval: 1, daysOfWeek: ['tuesday'], index: 'first' },
      { type: 'numbered', numberOfOccurrences: 4 },
      '2026-12-01',
    );
    expect(dates).toEqual(['2026-12-01', '2027-01-05', '2027-02-02', '2027-03-02']);
  });

  it('expands a daily series and a weekly one, and lets the attendee see the occurrences', async () => {
    const daily = await series({ type: 'daily', interval: 1 }, { type: 'numbered', numberOfOccurrences: 3 }, '2026-12-07', 15);
    expect(daily.dates).toEqual(['2026-12-07', '2026-12-08', '2026-12-09']);
    const weekly = await series({ type: 'weekly', interval: 1, daysOfWeek: ['monday'] }, { type: 'endDate', endDate: '2026-12-28' }, '2026-12-07', 12);
    expect(weekly.dates).toEqual(['2026-12-07', '2026-12-14', '2026-12-21', '2026-12-28']);
    const larsView = await t.graph('lars', 'GET', '/me/calendarView?startDateTime=2026-12-07T00:00:00Z&endDateTime=2026-12-29T00:00:00Z&$top=500');
    expect(larsView.body.value.filter((e: any) => e.seriesMasterId && e.subject === weekly.master.subject)).toHaveLength(4);
  });

  it('rejects a weekly pattern without days', async () => {
    const r = await t.graph('mette', 'POST', '/me/events', {
      subject: 'x',
      start: { dateTime: '2026-12-03T10:00:00', timeZone: 'Romance Standard Time' },
      end: { dateTime: '2026-12-03T10:45:00', timeZone: 'Romance Standard Time' },
      recurrence: { pattern: { type: 'weekly', interval: 1 }, range: { type: 'noEnd', startDate: '2026-12-03' } },
    });
    expect(r.status).toBe(400);
    expect(r.body.error.message).toContain('daysOfWeek');
  });
});
