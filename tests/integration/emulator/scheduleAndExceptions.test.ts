// Free/busy (POST /me/calendar/getSchedule) and exceptions of a series (PATCH on an occurrence),
// as Graph's docs have them.
import { startTestEmulator, UPN, type TestEmulator } from '../support/emulator';

let t: TestEmulator;
beforeAll(async () => {
  t = await startTestEmulator();
});
afterAll(() => t.close());

const CPH = 'Romance Standard Time';
/** A date n days from today at 00:00, yyyy-mm-dd. */
const dayFromNow = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

describe('getSchedule', () => {
  it("answers each schedule's free/busy: an all-day absence is out of office, details only in one's own calendar", async () => {
    const day = dayFromNow(40);
    const next = dayFromNow(41);
    const ferie = await t.graph('lars', 'POST', '/me/events', {
      subject: 'Ferie',
      isAllDay: true,
      showAs: 'oof',
      start: { dateTime: `${day}T00:00:00`, timeZone: CPH },
      end: { dateTime: `${next}T00:00:00`, timeZone: CPH },
    });
    expect(ferie.status).toBe(201);
    const body = {
      schedules: [UPN.lars, UPN.mette, 'nobody@demokommune.example'],
      startTime: { dateTime: `${day}T08:00:00`, timeZone: CPH },
      endTime: { dateTime: `${day}T12:00:00`, timeZone: CPH },
      availabilityViewInterval: 60,
    };
    const r = await t.graph('mette', 'POST', '/me/calendar/getSchedule', body, { Prefer: `outlook.timezone="${CPH}"` });
    expect(r.status).toBe(200);
    expect(r.body['@odata.context']).toMatch(/\$metadata#Collection\(microsoft\.graph\.scheduleInformation\)$/);
    const [lars, mette, nobody] = r.body.value;
    expect(lars.scheduleId).toBe(UPN.lars);
    expect(lars.availabilityView).toBe('3333');
    const item = lars.scheduleItems.find((i: any) => i.status === 'oof');
    expect(item.start).toEqual({ dateTime: `${day}T00:00:00.0000000`, timeZone: CPH });
    // Another person's calendar shows when they are busy, not what they do.
    expect(item.subject).toBeUndefined();
    expect(lars.workingHours.daysOfWeek).toContain('monday');
    expect(mette.availabilityView).toHaveLength(4);
    expect(nobody.error.responseCode).toBe('ErrorMailRecipientNotFound');
    // Parameter names in any case, as the docs show both.
    const upper = await t.graph('mette', 'POST', '/me/calendar/getSchedule', {
      Schedules: [UPN.lars],
      StartTime: body.startTime,
      EndTime: body.endTime,
      AvailabilityViewInterval: 60,
    });
    expect(upper.status).toBe(200);
    expect(upper.body.value[0].availabilityView).toBe('3333');
  });

  it('refuses a window over 62 days, an interval outside 5–1440 minutes, and a token without a calendar scope', async () => {
    const start = { dateTime: `${dayFromNow(1)}T00:00:00`, timeZone: 'UTC' };
    const tooLong = await t.graph('mette', 'POST', '/me/calendar/getSchedule', {
      schedules: [UPN.lars],
      startTime: start,
      endTime: { dateTime: `${dayFromNow(64)}T00:00:00`, timeZone: 'UTC' },
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error.code).toBe('ErrorTimeIntervalTooBig');
    const interval = await t.graph('mette', 'POST', '/me/calendar/getSchedule', {
      schedules: [UPN.lars],
      startTime: start,
      endTime: { dateTime: `${dayFromNow(2)}T00:00:00`, timeZone: 'UTC' },
      availabilityViewInterval: 2,
    });
    expect(interval.status).toBe(400);
    const unknown = await t.graph('mette', 'POST', '/me/calendar/getSchedule', { schedules: [UPN.lars], startTime: start, endTime: start, colour: 'blue' });
    expect(unknown.status).toBe(400);
    // Where an admin consented for the organisation (managed), every token carries the app's registered scopes;
    // in the strict tenant a token carries only what was asked for.
    expect((await t.demo('POST', '/demo/tenant', { profile: 'strict' })).status).toBe(200);
    const token = (await t.demo('POST', '/demo/token', { userPrincipalName: UPN.mette, scopes: ['User.Read', 'Files.ReadWrite'] })).body.access_token;
    const res = await fetch(`${t.emulator.graphUrl}/me/calendar/getSchedule`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ schedules: [UPN.lars], startTime: start, endTime: { dateTime: `${dayFromNow(2)}T00:00:00`, timeZone: 'UTC' } }),
    });
    expect(res.status).toBe(403);
    const basic = (await t.demo('POST', '/demo/token', { userPrincipalName: UPN.mette, scopes: ['Calendars.ReadBasic'] })).body.access_token;
    const ok = await fetch(`${t.emulator.graphUrl}/me/calendar/getSchedule`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${basic}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ schedules: [UPN.lars], startTime: start, endTime: { dateTime: `${dayFromNow(2)}T00:00:00`, timeZone: 'UTC' } }),
    });
    expect(ok.status).toBe(200);
    expect((await t.demo('POST', '/demo/tenant', { profile: 'managed' })).status).toBe(200);
  });
});

describe('an occurrence changed on its own', () => {
  it('moves one occurrence of a series: it becomes an exception, in the attendee’s calendar too, and free/busy follows', async () => {
    const first = dayFromNow(70);
    const created = await t.graph('mette', 'POST', '/me/events', {
      subject: 'Kort dialog',
      start: { dateTime: `${first}T10:00:00`, timeZone: CPH },
      end: { dateTime: `${first}T10:15:00`, timeZone: CPH },
      attendees: [{ type: 'required', emailAddress: { address: UPN.lars } }],
      recurrence: {
        pattern: {
          type: 'weekly',
          interval: 2,
          daysOfWeek: [new Date(`${first}T12:00:00Z`).toLocaleDateString('en-US', { weekday: 'long', timeZone: 'UTC' }).toLowerCase()],
          firstDayOfWeek: 'monday',
        },
        range: { type: 'endDate', startDate: first, endDate: dayFromNow(120), recurrenceTimeZone: CPH },
      },
    });
    expect(created.status).toBe(201);
    const window = `startDateTime=${first}T00:00:00Z&endDateTime=${dayFromNow(121)}T00:00:00Z`;
    const before = await t.graph('mette', 'GET', `/me/events/${created.body.id}/instances?${window}`, undefined, { Prefer: `outlook.timezone="${CPH}"` });
    const second = before.body.value[1];
    const moveTo = new Date(Date.parse(`${second.start.dateTime.slice(0, 10)}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const patched = await t.graph(
      'mette',
      'PATCH',
      `/me/events/${second.id}`,
      { start: { dateTime: `${moveTo}T13:00:00`, timeZone: CPH }, end: { dateTime: `${moveTo}T13:15:00`, timeZone: CPH } },
      { Prefer: `outlook.timezone="${CPH}"` },
    );
    expect(patched.status).toBe(200);
    expect(patched.body.type).toBe('exception');
    expect(patched.body.id).toBe(second.id);
    expect(patched.body.seriesMasterId).toBe(created.body.id);
    expect(patched.body.start.dateTime).toBe(`${moveTo}T13:00:00.0000000`);
    const after = await t.graph('mette', 'GET', `/me/events/${created.body.id}/instances?${window}`, undefined, { Prefer: `outlook.timezone="${CPH}"` });
    expect(after.body.value).toHaveLength(before.body.value.length);
    expect(after.body.value.map((o: any) => o.type)).toEqual(before.body.value.map((_: unknown, i: number) => (i === 1 ? 'exception' : 'occurrence')));
    expect(after.body.value[1].start.dateTime).toBe(`${moveTo}T13:00:00.0000000`);
    // Lars's copy moved with it.
    const lars = await t.graph(
      'lars',
      'POST',
      '/me/calendar/getSchedule',
      {
        schedules: [UPN.lars],
        startTime: { dateTime: `${moveTo}T12:00:00`, timeZone: CPH },
        endTime: { dateTime: `${moveTo}T14:00:00`, timeZone: CPH },
        availabilityViewInterval: 15,
      },
      { Prefer: `outlook.timezone="${CPH}"` },
    );
    const items = lars.body.value[0].scheduleItems.filter((i: any) => i.subject === 'Kort dialog');
    expect(items.map((i: any) => i.start.dateTime)).toEqual([`${moveTo}T13:00:00.0000000`]);
    // Read by its id.
    const read = await t.graph('mette', 'GET', `/me/events/${second.id}`);
    expect(read.body.type).toBe('exception');
  });

  it('refuses to move an occurrence onto or past the day of its neighbour', async () => {
    const first = dayFromNow(80);
    const created = await t.graph('mette', 'POST', '/me/events', {
      subject: 'Ugentligt statusmøde',
      start: { dateTime: `${first}T09:00:00`, timeZone: CPH },
      end: { dateTime: `${first}T09:30:00`, timeZone: CPH },
      recurrence: { pattern: { type: 'daily', interval: 7 }, range: { type: 'endDate', startDate: first, endDate: dayFromNow(110), recurrenceTimeZone: CPH } },
    });
    const window = `startDateTime=${first}T00:00:00Z&endDateTime=${dayFromNow(111)}T00:00:00Z`;
    const list = await t.graph('mette', 'GET', `/me/events/${created.body.id}/instances?${window}`, undefined, { Prefer: `outlook.timezone="${CPH}"` });
    const [, second, third] = list.body.value;
    const onto = third.start.dateTime.slice(0, 10);
    const r = await t.graph('mette', 'PATCH', `/me/events/${second.id}`, {
      start: { dateTime: `${onto}T11:00:00`, timeZone: CPH },
      end: { dateTime: `${onto}T11:30:00`, timeZone: CPH },
    });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('ErrorOccurrenceCrossingBoundary');
  });
});
