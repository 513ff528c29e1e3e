import {
  acceptContract,
  addFieldComment,
  addSharedAgreement,
  adoptSharedAdditions,
  nearestLeaderAdditions,
  roleOf,
  signatureOf,
} from '../../../../src/features/nearestLeader/contributions';
import { followUpDatesFromBookings, nextDate, statusOf } from '../../../../src/features/nearestLeader/status';
import { refsFromCard, refFromLink } from '../../../../src/features/nearestLeader/cardRefs';
import { replyHtml, teamsChatLink } from '../../../../src/features/nearestLeader/chatReply';
import { buildShareCard } from '../../../../src/features/invite/engine/chatCard';
import { buildContractDeepLink, contractWebUrl } from '../../../../src/host/contractLinks';
import { encodeContractRef } from '../../../../src/host/deepLink';
import { forgetOpenedContract, listOpenedContracts, MAX_ENTRIES, rememberOpenedContract, type KeyValueStorage } from '../../../../src/store/openedContracts';
import { accessFromPermissions } from '../../../../src/store/sharedContract';
import { parseContract } from '../../../../src/domain/schema';
import type { Contract, FollowUpBooking } from '../../../../src/domain/model';
import { filledDraft } from '../../domain/fixtures';

const lars = { id: 'u-lars', displayName: 'Lars Nielsen', mail: 'lars.nielsen@demokommune.example' };
const mette = { id: 'u-mette', displayName: 'Mette Hansen', mail: 'mette.hansen@demokommune.example' };

function contract(): Contract {
  return { ...filledDraft().contract, leader: { ...mette, kind: 'user' }, nearestLeader: { ...lars, kind: 'user' } };
}

describe('the nearest leader’s contributions', () => {
  const now = new Date('2026-11-26T13:00:00.000Z');

  it('knows who is the leader by id or mail, and everyone else is the other party', () => {
    expect(roleOf(contract(), mette)).toBe('leader');
    expect(roleOf(contract(), { id: 'other', displayName: 'M', mail: 'METTE.HANSEN@demokommune.example' })).toBe('leader');
    expect(roleOf(contract(), lars)).toBe('nearestLeader');
    expect(roleOf({ leader: undefined }, lars)).toBe('nearestLeader');
  });

  it('adds a signed agreement with its follow-up, a comment, and the acceptance; the result stays valid', () => {
    const by = signatureOf(lars, 'nearestLeader', now);
    let c = addSharedAgreement(contract(), { text: '  Sparring hver 14. dag ', followUp: 'På vores 1:1' }, by, 'a-lars');
    c = addFieldComment(c, 'goals', 'Godt mål', by, 'c1');
    c = acceptContract(c, by);
    const added = c.leaderAgreements.at(-1)!;
    expect(added).toEqual({
      id: 'a-lars',
      text: 'Sparring hver 14. dag',
      followUp: 'På vores 1:1',
      author: 'nearestLeader',
      createdAt: now.toISOString(),
      addedBy: by,
    });
    expect(c.collaboration).toEqual({
      comments: [{ id: 'c1', field: 'goals', text: 'Godt mål', by }],
      followUps: [],
      dailyChecks: [],
      acceptance: expect.objectContaining(by),
    });
    expect(parseContract(JSON.parse(JSON.stringify(c))).ok).toBe(true);
    expect(nearestLeaderAdditions(c)).toEqual({ agreements: [added], comments: c.collaboration!.comments, acceptance: expect.objectContaining(by) });
  });

  it('ignores empty text and never changes its input', () => {
    const original = contract();
    const snapshot = JSON.stringify(original);
    const by = signatureOf(lars, 'nearestLeader', now);
    expect(addSharedAgreement(original, { text: '  ', followUp: 'x' }, by, 'a')).toBe(original);
    expect(addFieldComment(original, 'goals', ' ', by, 'c')).toBe(original);
    acceptContract(original, by);
    expect(JSON.stringify(original)).toBe(snapshot);
  });

  it('the leader adopts the additions once: agreements by id, and the shared collaboration record', () => {
    const by = signatureOf(lars, 'nearestLeader', now);
    const shared = acceptContract(addSharedAgreement(contract(), { text: 'Ny', followUp: '' }, by, 'a-lars'), by);
    const draft = contract();
    const once = adoptSharedAdditions(draft, shared);
    expect(once.leaderAgreements.map((a) => a.id)).toEqual([...draft.leaderAgreements.map((a) => a.id), 'a-lars']);
    expect(once.collaboration?.acceptance).toMatchObject(by);
    expect(adoptSharedAdditions(once, shared).leaderAgreements).toHaveLength(once.leaderAgreements.length);
  });
});

describe('status and follow-up dates', () => {
  const series: FollowUpBooking = {
    id: 'f',
    cadence: 'biweekly',
    transactionId: 't',
    start: '2026-12-03T10:00:00',
    durationMinutes: 30,
    timeZone: 'Romance Standard Time',
    endDate: '2027-01-31',
  };

  it('lists the dates a series implies and finds the next one', () => {
    const dates = followUpDatesFromBookings([series]);
    expect(dates.slice(0, 3)).toEqual(['2026-12-03', '2026-12-17', '2026-12-31']);
    expect(dates.at(-1)! <= '2027-01-31').toBe(true);
    expect(nextDate(dates, '2026-12-04')).toBe('2026-12-17');
    expect(nextDate(dates, '2026-12-03')).toBe('2026-12-03');
    expect(nextDate(dates, '2028-01-01')).toBeUndefined();
  });

  it('new → accepted → follow-up overdue → accepted again once the follow-up is recorded', () => {
    const dates = ['2026-12-03', '2026-12-17'];
    const c = contract();
    expect(statusOf(c, dates, '2026-12-01')).toBe('new');
    const accepted = acceptContract(c, signatureOf(lars, 'nearestLeader', new Date('2026-11-26T13:00:00Z')));
    expect(statusOf(accepted, dates, '2026-12-03')).toBe('accepted');
    expect(statusOf(accepted, dates, '2026-12-04')).toBe('followUpDue');
    const recorded: Contract = {
      ...accepted,
      collaboration: {
        ...accepted.collaboration!,
        followUps: [{ id: 'r', agreementId: 'a', date: '2026-12-03', status: 'held', note: '', by: signatureOf(lars, 'nearestLeader', new Date()) }],
      },
    };
    expect(statusOf(recorded, dates, '2026-12-04')).toBe('accepted');
    expect(statusOf(recorded, dates, '2026-12-18')).toBe('followUpDue');
  });
});

describe('chat cards and replies', () => {
  it('reads the located reference out of the card the engine posts, and ignores plain ids', () => {
    const ref = { contractId: 'c-1', driveId: 'b!drive', folderId: 'folder!1' };
    const encoded = encodeContractRef(ref);
    const appLink = buildContractDeepLink({
      appId: 'app',
      entityId: 'lederdialog',
      contractId: encoded,
      webUrl: contractWebUrl('https://app.example', encoded),
    });
    const { adaptiveCard } = buildShareCard({
      locale: 'da',
      start: '2026-12-03T10:00:00',
      followUps: [],
      appLink,
      wordLink: 'https://x.sharepoint.com/Lederaftale.docx',
    });
    expect(refsFromCard(adaptiveCard)).toEqual([ref]);
    expect(refFromLink(contractWebUrl('https://app.example', encoded))).toEqual(ref);
    const plain = buildShareCard({
      locale: 'da',
      start: '2026-12-03T10:00:00',
      followUps: [],
      appLink: buildContractDeepLink({ appId: 'a', entityId: 'e', contractId: 'c-1' }),
    });
    expect(refsFromCard(plain.adaptiveCard)).toEqual([]);
    expect(refFromLink('javascript:alert(1)')).toBeUndefined();
  });

  it('builds the Teams chat link and an escaped HTML reply', () => {
    expect(teamsChatLink('mette.hansen@demokommune.example')).toBe('https://teams.microsoft.com/l/chat/0/0?users=mette.hansen%40demokommune.example');
    const html = replyHtml('Tak <script>alert(1)</script>\nHilsen\n\nLars', 'Lederaftale fra Mette & co');
    expect(html).toBe('<p><strong>Lederaftale fra Mette &amp; co</strong></p><p>Tak &lt;script&gt;alert(1)&lt;/script&gt;<br>Hilsen</p><p>Lars</p>');
  });
});

describe('the local index of opened contracts', () => {
  function storage(): KeyValueStorage {
    const data = new Map<string, string>();
    return { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
  }

  it('keeps entries per user, newest first, once each, bounded', () => {
    const s = storage();
    rememberOpenedContract('lars', { ref: { contractId: 'a', driveId: 'd', folderId: 'f' }, openedAt: '2026-11-26T10:00:00Z' }, s);
    rememberOpenedContract('lars', { ref: { contractId: 'b', driveId: 'd', folderId: 'g' }, openedAt: '2026-11-26T11:00:00Z' }, s);
    rememberOpenedContract('lars', { ref: { contractId: 'a', driveId: 'd', folderId: 'f' }, openedAt: '2026-11-26T12:00:00Z' }, s);
    expect(listOpenedContracts('lars', s).map((e) => e.ref.contractId)).toEqual(['a', 'b']);
    expect(listOpenedContracts('jonas', s)).toEqual([]);
    forgetOpenedContract('lars', 'a', s);
    expect(listOpenedContracts('lars', s).map((e) => e.ref.contractId)).toEqual(['b']);
    for (let i = 0; i < MAX_ENTRIES + 5; i += 1) rememberOpenedContract('lars', { ref: { contractId: `c${i}` }, openedAt: 'x' }, s);
    expect(listOpenedContracts('lars', s)).toHaveLength(MAX_ENTRIES);
  });

  it('survives damaged storage and storage that refuses writes', () => {
    const s = storage();
    s.setItem('lederdialog.openedContracts.lars', '{not json');
    expect(listOpenedContracts('lars', s)).toEqual([]);
    s.setItem('lederdialog.openedContracts.lars', JSON.stringify([{ nonsense: true }, { ref: { contractId: 'ok' }, openedAt: 'x' }]));
    expect(listOpenedContracts('lars', s).map((e) => e.ref.contractId)).toEqual(['ok']);
    const refusing: KeyValueStorage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('quota');
      },
    };
    expect(() => rememberOpenedContract('lars', { ref: { contractId: 'a' }, openedAt: 'x' }, refusing)).not.toThrow();
  });
});

describe('access from the item’s permissions', () => {
  const me = { id: 'u-lars', mail: 'lars.nielsen@demokommune.example' };
  it('owner beats write beats read; someone else’s grant does not count', () => {
    expect(accessFromPermissions([{ id: '1', roles: ['owner'], grantedTo: { displayName: 'L', id: 'u-lars' }, isLink: false }], me)).toBe('owner');
    expect(
      accessFromPermissions(
        [
          { id: '1', roles: ['read'], grantedTo: { displayName: 'L', mail: 'LARS.nielsen@demokommune.example' }, isLink: false },
          { id: '2', roles: ['write'], grantedTo: { displayName: 'L', id: 'u-lars' }, isLink: false },
        ],
        me,
      ),
    ).toBe('write');
    expect(
      accessFromPermissions(
        [
          { id: '1', roles: ['write'], grantedTo: { displayName: 'J', id: 'u-jonas' }, isLink: false },
          { id: '2', roles: ['read'], grantedTo: { displayName: 'L', id: 'u-lars' }, isLink: false },
        ],
        me,
      ),
    ).toBe('read');
  });
});
