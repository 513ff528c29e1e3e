import { da, en } from '../../../src/content';
import { createEmptyContract } from '../../../src/domain/draft';
import { setNearestLeader } from '../../../src/domain/draftEdits';
import { AppointmentFillError, fillDialogueAppointment, hasOnlineMeetingBlock } from '../../../src/outlook/fillAppointment';
import { fillErrorText } from '../../../src/outlook/fillErrorText';
import { fillTemplate } from '../../../src/content/uiStrings';
import { allGuideQuestionIds, DialoguePlanError, planDialogueAppointment } from '../../../src/outlook/dialoguePlan';
import { paneStrings } from '../../../src/outlook/paneStrings';
import { createAppointmentMock, manifestPermissionLevel } from './appointmentMock';

const leader = { displayName: 'Lars Nielsen', mail: 'lars.nielsen@kommune.dk' };
const start = new Date(2026, 10, 26, 13, 30);
const now = new Date(2026, 10, 1, 9, 0);

function contractWith(points: string[]) {
  const contract = { ...createEmptyContract(now, 'da'), nearestLeader: leader };
  return { ...contract, preparation: { ...contract.preparation, points } };
}

describe('fillDialogueAppointment (office-addin-mock)', () => {
  it('fills subject, 45 minutes from the start, the nearest leader, the HTML agenda and the location', async () => {
    const { item, recorded, calls } = createAppointmentMock();
    const plan = planDialogueAppointment({ locale: 'da', start, nearestLeader: leader, contract: null, now });

    const written = await fillDialogueAppointment(item, plan);

    expect(written).toEqual(['subject', 'start', 'end', 'requiredAttendees', 'body', 'location']);
    expect(calls).toEqual(written);
    expect(recorded.subject).toBe('Dialog med nærmeste leder: Lars Nielsen');
    expect(recorded.start).toEqual(new Date(2026, 10, 26, 13, 30));
    expect(recorded.end).toEqual(new Date(2026, 10, 26, 14, 15));
    expect(recorded.requiredAttendees).toEqual([{ displayName: 'Lars Nielsen', emailAddress: 'lars.nielsen@kommune.dk' }]);
    expect(recorded.bodyOptions).toEqual({ coercionType: 'html' });
    expect(recorded.body).toMatch(/^<div>/);
    expect(recorded.location).toBe('Mødelokale eller andet sted med ro til dialogen');
  });

  it('escapes the leader’s own text in the HTML body', async () => {
    const { item, recorded } = createAppointmentMock();
    const plan = planDialogueAppointment({
      locale: 'da',
      start,
      nearestLeader: leader,
      contract: contractWith(['<script>alert("x")</script> & mere <b>tid</b>']),
      now,
    });
    await fillDialogueAppointment(item, plan);
    expect(recorded.body).not.toContain('<script>');
    expect(recorded.body).not.toContain('<b>tid</b>');
    expect(recorded.body).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; mere &lt;b&gt;tid&lt;/b&gt;');
  });

  it('uses the English subject and location for an English Outlook', async () => {
    const { item, recorded } = createAppointmentMock();
    await fillDialogueAppointment(item, planDialogueAppointment({ locale: 'en', start, nearestLeader: leader, contract: null, now }));
    expect(recorded.subject).toBe('Dialogue with your manager: Lars Nielsen');
    expect(recorded.location).toBe(paneStrings.en.locationHint);
    expect(recorded.body).toContain(en.purpose.text);
  });

  it('surfaces a setAsync failure as a typed error naming the field, in Danish and English, and stops there', async () => {
    const { item, recorded, calls } = createAppointmentMock({ fail: { requiredAttendees: 'The recipient is invalid.' } });
    const plan = planDialogueAppointment({ locale: 'da', start, nearestLeader: leader, contract: null, now });

    const error = await fillDialogueAppointment(item, plan).then(
      () => null,
      (e: unknown) => e,
    );

    expect(error).toBeInstanceOf(AppointmentFillError);
    const fillError = error as AppointmentFillError;
    expect(fillError.field).toBe('requiredAttendees');
    expect(fillError.completed).toEqual(['subject', 'start', 'end']);
    expect(fillError.office).toEqual({ code: 9041, name: 'GenericResponseError', message: 'The recipient is invalid.' });
    expect(fillErrorText(fillError, 'da')).toContain('Outlook kunne ikke udfylde de påkrævede deltagere: The recipient is invalid.');
    expect(fillErrorText(fillError, 'da')).toContain('Allerede udfyldt: emnet, starttidspunktet, sluttidspunktet.');
    expect(fillErrorText(fillError, 'en')).toContain('Outlook could not fill in the required attendees: The recipient is invalid.');
    expect(fillError.message).toBe('Outlook refused requiredAttendees after subject, start, end: The recipient is invalid.');
    // Nothing after the failing field was attempted.
    expect(calls).toEqual(['subject', 'start', 'end', 'requiredAttendees']);
    expect(recorded.body).toBeUndefined();
    expect(recorded.location).toBeUndefined();
  });

  it('reports a failure of the very first field as "nothing was filled in"', async () => {
    const { item } = createAppointmentMock({ fail: { subject: 'Item is read-only.' } });
    const plan = planDialogueAppointment({ locale: 'da', start, nearestLeader: leader, contract: null, now });
    const error = await fillDialogueAppointment(item, plan).then(
      () => null,
      (e: unknown) => e as AppointmentFillError,
    );
    expect(error).toMatchObject({ field: 'subject', completed: [] });
    expect(fillErrorText(error!, 'da')).toContain('Intet blev udfyldt.');
    expect(fillErrorText(error!, 'en')).toContain('Nothing was filled in.');
  });

  it('runs at the manifest’s level, read/write item; at the restricted level Outlook refuses the first setter', async () => {
    expect(manifestPermissionLevel()).toBe('read/write item');
    const { item, recorded, calls } = createAppointmentMock({ permission: 'restricted' });
    const plan = planDialogueAppointment({ locale: 'da', start, nearestLeader: leader, contract: null, now });
    await expect(fillDialogueAppointment(item, plan)).rejects.toMatchObject({ field: 'subject', completed: [], office: { code: 7000 } });
    expect(calls).toEqual(['subject']);
    expect(recorded).toEqual({});
  });

  it('keeps a Teams meeting Outlook already put in the body: the agenda goes in front of it', async () => {
    const teams = '<div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting">Join the meeting now</a></div>';
    const { item, recorded } = createAppointmentMock({ body: teams });
    await fillDialogueAppointment(item, planDialogueAppointment({ locale: 'da', start, nearestLeader: leader, contract: null, now }));
    expect(recorded.body).toBeUndefined();
    expect(recorded.prepended).toMatch(/^<div>/);
    expect(recorded.bodyOptions).toEqual({ coercionType: 'html' });
    expect(hasOnlineMeetingBlock(teams)).toBe(true);
    expect(hasOnlineMeetingBlock('<p>Ingen møde</p>')).toBe(false);
  });
});

describe('planDialogueAppointment without a contract: the tool’s default agenda', () => {
  it('asks the nearest leader to prepare with every question of the interview guide but the advice about that leader', () => {
    const plan = planDialogueAppointment({ locale: 'da', start, nearestLeader: leader, contract: null, now });
    const questions = da.guide.themes.flatMap((t) => t.questions).filter((q) => q.text !== da.guide.difficultCollaborationAdvice);
    expect(questions.length).toBe(16);
    expect(plan.bodyHtml).not.toContain('vanskeligt samarbejde');
    for (const q of questions) expect(plan.bodyHtml).toContain(q.text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;'));
    expect(plan.bodyHtml).toContain(da.purpose.text);
    expect(allGuideQuestionIds(da)).toEqual(questions.map((q) => q.id));
  });

  it('shows only the questions the leader keeps ticked', () => {
    const [first, second] = da.guide.themes[0]!.questions;
    const plan = planDialogueAppointment({ locale: 'da', start, nearestLeader: leader, contract: null, defaultQuestionIds: [first!.id], now });
    expect(plan.bodyHtml).toContain(first!.text);
    expect(plan.bodyHtml).not.toContain(second!.text);
  });

  it('uses the contract’s own points and language when there is one', () => {
    const contract = setNearestLeader(
      { schema: 1, ui: {} as never, notes: {} as never, contract: contractWith(['Mit ledelsesrum i projektet']) },
      leader,
      now,
    ).contract;
    const plan = planDialogueAppointment({ locale: 'en', start, nearestLeader: leader, contract, contractLink: 'https://contoso-my.sharepoint.com/x', now });
    expect(plan.bodyHtml).toContain('Mit ledelsesrum i projektet');
    expect(plan.bodyHtml).toContain(da.purpose.text); // the contract is Danish
    expect(plan.bodyHtml).toContain('href="https://contoso-my.sharepoint.com/x"');
    expect(plan.subject).toBe('Dialogue with your manager: Lars Nielsen'); // the pane is English
  });

  it('refuses a nearest leader without a usable mail address, in both languages', () => {
    expect(() => planDialogueAppointment({ locale: 'da', start, nearestLeader: { displayName: 'Lars', mail: 'lars' }, contract: null, now })).toThrow(
      /no valid email address/,
    );
    expect(() => planDialogueAppointment({ locale: 'da', start, nearestLeader: { displayName: ' ', mail: 'a@b.dk' }, contract: null, now })).toThrow();
  });

  it('says what is missing as a problem the pane words, naming the leader in both languages', () => {
    const problemOf = (nearestLeader: { displayName: string; mail: string }, at = start) => {
      try {
        planDialogueAppointment({ locale: 'da', start: at, nearestLeader, contract: null, now });
      } catch (error) {
        return error instanceof DialoguePlanError ? { problem: error.problem, leaderName: error.leaderName } : error;
      }
      return null;
    };
    expect(problemOf({ displayName: ' ', mail: 'a@b.dk' })).toEqual({ problem: 'leaderNameMissing', leaderName: '' });
    expect(problemOf({ displayName: ' Lars ', mail: 'lars' })).toEqual({ problem: 'leaderCannotBeInvited', leaderName: 'Lars' });
    expect(problemOf(leader, new Date(Number.NaN))).toEqual({ problem: 'startInvalid', leaderName: '' });
    expect(fillTemplate(paneStrings.da.leaderCannotBeInvited, { name: 'Lars' })).toBe(
      'Lars har ingen gyldig mailadresse, så Outlook kan ikke invitere vedkommende. Skriv mailadressen.',
    );
    expect(fillTemplate(paneStrings.en.leaderCannotBeInvited, { name: 'Lars' })).toBe(
      'Lars has no valid email address, so Outlook cannot invite them. Type the email address.',
    );
    expect([paneStrings.da.leaderNameMissing, paneStrings.en.leaderNameMissing]).toEqual(['Skriv din nærmeste leders navn.', "Type your manager's name."]);
    expect([paneStrings.da.startInvalid, paneStrings.en.startInvalid]).toEqual(['Vælg en gyldig dato og et klokkeslæt.', 'Choose a valid date and time.']);
  });

  it('takes the location hint word for word from the tool’s "Inviter din leder"', () => {
    expect(da.invite.items.join(' ').toLowerCase()).toContain(paneStrings.da.locationHint.toLowerCase());
    expect(en.invite.items.join(' ').toLowerCase()).toContain(paneStrings.en.locationHint.toLowerCase());
  });
});
