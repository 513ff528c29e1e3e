import { contentHash } from '../../../src/domain/contentHash';
import { type BookingIntent, emptyBookings, pendingSteps, planBookings } from '../../../src/domain/bookingPlan';
import { parseBookings } from '../../../src/domain/bookingsSchema';
import { sharedBookings } from '../../../src/domain/sharedBookings';
import { parseContract } from '../../../src/domain/schema';
import type { Agreement, Bookings } from '../../../src/domain/model';

const stamp = '2026-11-26T08:00:00.000Z';
const agreement = (id: string, cadence?: Agreement['cadence'], text = `Aftale ${id}`): Agreement => ({
  id,
  text,
  followUp: '',
  createdAt: stamp,
  ...(cadence ? { cadence } : {}),
});
const contract = { selfAgreements: [agreement('a', 'daily'), agreement('b', 'weekly'), agreement('c')] };

const intent: BookingIntent = {
  slot: { start: '2026-12-03T10:00:00', end: '2026-12-03T10:45:00', timeZone: 'Romance Standard Time' },
  followUps: [
    {
      id: 'shortDialogueBiweekly',
      cadence: 'biweekly',
      preset: 'shortDialogueBiweekly',
      start: '2026-12-17T10:00:00',
      durationMinutes: 15,
      timeZone: 'Romance Standard Time',
      endDate: '2027-11-26',
    },
  ],
  reminderKind: 'todo',
  shareRole: 'read',
  recipient: 'lars.nielsen@demokommune.example',
  chat: { possible: true },
  documentHash: 'doc-1',
  notesHash: 'notes-1',
};

/** A record in which everything the intent asks for is done. */
function completeBookings(): Bookings {
  return {
    dialogue: {
      transactionId: 't1',
      eventId: 'e1',
      start: '2026-12-03T10:00:00',
      end: '2026-12-03T10:45:00',
      timeZone: 'Romance Standard Time',
      agendaLink: 'https://x/doc',
    },
    followUps: [{ ...intent.followUps[0]!, transactionId: 't2', seriesMasterId: 's1' }],
    reminders: [
      { agreementId: 'a', kind: 'todo', cadence: 'daily', text: 'Aftale a', transactionId: 'a:1', taskListId: 'l', taskId: 'k1' },
      { agreementId: 'b', kind: 'todo', cadence: 'weekly', text: 'Aftale b', transactionId: 'b:1', taskListId: 'l', taskId: 'k2' },
    ],
    storage: {
      folderPath: 'Lederdialog/2026 Mette Hansen',
      folderId: 'f',
      json: { itemId: 'j', eTag: '"1"', hash: 'h' },
      docx: { itemId: 'd', eTag: '"2"', webUrl: 'https://x/doc', hash: 'doc-1' },
    },
    privateNotes: { itemId: 'n', eTag: '"3"', location: 'approot', hash: 'notes-1' },
    share: { role: 'read', recipient: 'lars.nielsen@demokommune.example', permissionId: 'p', invitedAt: stamp },
    chat: { guardKey: 'g', chatId: 'c', messageId: 'm' },
  };
}

describe('planBookings', () => {
  it('plans every part for an empty record, reminders only for self-agreements with a cadence', () => {
    const plan = planBookings(contract, emptyBookings(), intent);
    expect(plan.dialogue).toBe('create');
    expect(plan.followUps.create.map((f) => f.id)).toEqual(['shortDialogueBiweekly']);
    expect(plan.reminders.create.map((a) => a.id)).toEqual(['a', 'b']);
    expect(plan.storage).toEqual({ folder: true, docx: true });
    expect(plan.privateNotes).toBe(true);
    expect(plan.share).toBe('invite');
    expect(plan.chat).toBe('post');
    expect(plan.complete).toBe(false);
    expect(pendingSteps(plan)).toEqual(['dialogue', 'followUps', 'reminders', 'storage', 'privateNotes', 'share', 'chat']);
  });

  it('plans nothing for a complete record (a second run creates nothing)', () => {
    const plan = planBookings(contract, completeBookings(), intent, 'https://x/doc');
    expect(plan.complete).toBe(true);
    expect(pendingSteps(plan)).toEqual([]);
  });

  it('updates (never re-creates) a booked dialogue whose time, place or agenda link changed', () => {
    expect(
      planBookings(contract, completeBookings(), { ...intent, slot: { ...intent.slot, start: '2026-12-04T10:00:00', end: '2026-12-04T10:45:00' } }).dialogue,
    ).toBe('update');
    expect(planBookings(contract, completeBookings(), { ...intent, location: 'Stillerummet' }).dialogue).toBe('update');
    expect(planBookings(contract, completeBookings(), intent, 'https://x/other').dialogue).toBe('update');
  });

  it('retries an unrecorded dialogue with its transactionId (create, the key already saved)', () => {
    const b = completeBookings();
    delete b.dialogue?.eventId;
    expect(planBookings(contract, b, intent).dialogue).toBe('create');
  });

  it('looks for a To Do task whose create was attempted but not recorded, instead of creating it twice', () => {
    const b = completeBookings();
    b.reminders[0] = { agreementId: 'a', kind: 'todo', cadence: 'daily', text: 'Aftale a', transactionId: 'a:1', taskListId: 'l', attemptedAt: stamp };
    const plan = planBookings(contract, b, intent);
    expect(plan.reminders.recover.map((a) => a.id)).toEqual(['a']);
    expect(plan.reminders.create).toEqual([]);
  });

  it('replaces the reminder of a revised agreement and removes that of a dropped one', () => {
    const revised = { selfAgreements: [agreement('a', 'daily', 'Ny tekst'), agreement('c')] };
    const plan = planBookings(revised, completeBookings(), intent, 'https://x/doc');
    expect(plan.reminders.create.map((a) => a.id)).toEqual(['a']);
    expect(plan.reminders.remove.map((r) => r.agreementId).sort()).toEqual(['a', 'b']);
  });

  it('re-uploads the document only when the contract changed, and invites again only for a new role or person', () => {
    expect(planBookings(contract, completeBookings(), { ...intent, documentHash: 'doc-2' }).storage.docx).toBe(true);
    expect(planBookings(contract, completeBookings(), { ...intent, shareRole: 'write' }).share).toBe('invite');
    expect(planBookings(contract, completeBookings(), { ...intent, recipient: 'someone@else.example' }).share).toBe('invite');
    const b = completeBookings();
    b.share = { role: 'read', recipient: intent.recipient, attemptedAt: stamp };
    expect(planBookings(contract, b, intent).share).toBe('recover');
  });

  it('skips the chat for an orgContact', () => {
    const plan = planBookings(contract, emptyBookings(), { ...intent, chat: { possible: false, reason: 'orgContact' } });
    expect(plan.chat).toBe('skip');
    expect(pendingSteps(plan)).not.toContain('chat');
  });
});

describe('parseBookings', () => {
  it('accepts a complete record and its shared projection', () => {
    expect(parseBookings(completeBookings())).toEqual({ ok: true, value: completeBookings() });
    expect(parseBookings(sharedBookings(completeBookings())).ok).toBe(true);
  });

  it('names every problem with a path', () => {
    const result = parseBookings({
      dialogue: { transactionId: '', start: 'tomorrow', end: '2026-12-03T10:45:00', timeZone: 'X' },
      followUps: [{ id: 'x', cadence: 'hourly' }],
      reminders: 'none',
      chat: { guardKey: 7 },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const text = result.errors.join('\n');
    for (const path of ['dialogue.transactionId', 'dialogue.start', 'followUps[0].cadence', 'followUps[0].transactionId', 'reminders', 'chat.guardKey'])
      expect(text).toContain(path);
  });

  it('is checked as part of a contract read back from lederaftale.json', () => {
    const base = {
      schema: 1,
      id: 'c1',
      createdAt: stamp,
      updatedAt: stamp,
      locale: 'da',
      period: { start: '2026-11-26', end: '2027-11-26' },
      fields: { goals: '', workEnvironment: '', alignWithLeader: '' },
      selfAgreements: [],
      leaderAgreements: [],
      preparation: { points: [], questionsForLeader: [] },
    };
    expect(parseContract({ ...base, bookings: completeBookings() }).ok).toBe(true);
    expect(parseContract({ ...base, bookings: { followUps: 'x', reminders: [] } }).ok).toBe(false);
  });
});

describe('sharedBookings', () => {
  it('leaves out eTags, the private notes and the JSON describing itself', () => {
    const shared = sharedBookings(completeBookings());
    expect(shared.privateNotes).toBeUndefined();
    expect(shared.storage?.json).toEqual({});
    expect(shared.storage?.docx).toEqual({ itemId: 'd', webUrl: 'https://x/doc' });
    expect(JSON.stringify(shared)).not.toContain('eTag');
  });
});

describe('contentHash', () => {
  it('is stable under key order and changes with content', () => {
    expect(contentHash({ a: 1, b: [1, 2] })).toBe(contentHash({ b: [1, 2], a: 1 }));
    expect(contentHash({ a: 1 })).not.toBe(contentHash({ a: 2 }));
  });
});
