// Microsoft's documented request examples for the calls the app makes, replayed against the
// emulator with the status the docs give: the emulator must accept what Graph accepts, including
// Graph's leniency (enum values in any case, "true"/"false" for a Boolean).
import { startTestEmulator, type TestEmulator } from '../support/emulator';

jest.setTimeout(60_000);

let t: TestEmulator;
beforeAll(async () => {
  t = await startTestEmulator();
});
afterAll(() => t.close());

const PACIFIC = { Prefer: 'outlook.timezone="Pacific Standard Time"' };

it('POST /me/events, "Example 1: Create an event in the specified time zone" (api/user-post-events): 201, contentType "HTML" accepted', async () => {
  const res = await t.graph(
    'mette',
    'POST',
    '/me/events',
    {
      subject: "Let's go for lunch",
      body: { contentType: 'HTML', content: 'Does noon work for you?' },
      start: { dateTime: '2017-04-15T12:00:00', timeZone: 'Pacific Standard Time' },
      end: { dateTime: '2017-04-15T14:00:00', timeZone: 'Pacific Standard Time' },
      location: { displayName: "Harry's Bar" },
      attendees: [{ emailAddress: { address: 'samanthab@contoso.com', name: 'Samantha Booth' }, type: 'required' }],
      allowNewTimeProposals: true,
      transactionId: '7E163156-7762-4BEB-A1C6-729EA81755A7',
    },
    PACIFIC,
  );
  expect(res.status).toBe(201);
  // Stored and answered in the enum member's own spelling, as Graph does.
  expect(res.body.body.contentType).toBe('html');
});

it('POST /me/findMeetingTimes, "Example 1" (api/user-findmeetingtimes): 200, "isOrganizerOptional": "false" accepted', async () => {
  const res = await t.graph(
    'mette',
    'POST',
    '/me/findMeetingTimes',
    {
      attendees: [{ type: 'required', emailAddress: { name: 'Alex Wilbur', address: 'alexw@contoso.com' } }],
      locationConstraint: { isRequired: false, suggestLocation: false, locations: [{ resolveAvailability: false, displayName: 'Conf room Hood' }] },
      timeConstraint: {
        activityDomain: 'work',
        timeSlots: [
          {
            start: { dateTime: '2019-04-16T09:00:00', timeZone: 'Pacific Standard Time' },
            end: { dateTime: '2019-04-18T17:00:00', timeZone: 'Pacific Standard Time' },
          },
        ],
      },
      isOrganizerOptional: 'false',
      meetingDuration: 'PT1H',
      returnSuggestionReasons: 'true',
      minimumAttendeePercentage: 100,
    },
    PACIFIC,
  );
  expect(res.status).toBe(200);
  expect(res.body).toHaveProperty('meetingTimeSuggestions');
});

it('still refuses what Graph refuses: an unknown enum member, a Boolean that is not true/false', async () => {
  const base = { subject: 'x', start: { dateTime: '2027-04-15T12:00:00', timeZone: 'UTC' }, end: { dateTime: '2027-04-15T13:00:00', timeZone: 'UTC' } };
  expect((await t.graph('mette', 'POST', '/me/events', { ...base, body: { contentType: 'markdown', content: 'x' } })).status).toBe(400);
  expect((await t.graph('mette', 'POST', '/me/events', { ...base, isOnlineMeeting: 'yes' })).status).toBe(400);
});
