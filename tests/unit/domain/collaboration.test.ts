import { parseContract } from '../../../src/domain/schema';
import { buildSharePreview } from '../../../src/domain/sharePreview';
import type { Contract, Signature } from '../../../src/domain/model';
import { filledDraft } from './fixtures';

const lars: Signature = { role: 'nearestLeader', displayName: 'Lars Nielsen', id: 'u-lars', at: '2026-12-03T10:40:00.000Z' };

function withCollaboration(): Contract {
  const c = filledDraft().contract;
  const [first, ...rest] = c.leaderAgreements;
  return {
    ...c,
    leaderAgreements: [
      {
        ...first!,
        agreedAt: '2026-12-03T10:45:00.000Z',
        revisions: [{ text: 'Vi mødes hver uge', followUp: 'mandag', cadence: 'weekly', replacedAt: '2026-12-03T10:30:00.000Z', replacedBy: lars }],
      },
      ...rest,
      { id: 'lars-1', text: 'Jeg svarer inden for et døgn', followUp: 'på statusmødet', author: 'nearestLeader', createdAt: lars.at, addedBy: lars },
    ],
    collaboration: {
      comments: [{ id: 'c1', field: 'goals', text: 'Godt valg af mål', by: lars }],
      acceptance: lars,
      followUps: [{ id: 'f1', agreementId: 'lars-1', date: '2026-12-17', status: 'partly', note: 'Travl uge', by: lars }],
      dailyChecks: [{ agreementId: 'x', date: '2026-12-04', kept: true, at: '2026-12-04T15:00:00.000Z' }],
      dialogue: { closedAt: '2026-12-03T10:45:00.000Z', closedBy: lars, meetingChatId: '19:meeting_x@thread.v2' },
    },
    previousContractId: 'old-1',
  };
}

describe('contract collaboration records', () => {
  it('survive a JSON round trip through parseContract unchanged', () => {
    const contract = withCollaboration();
    const parsed = parseContract(JSON.parse(JSON.stringify(contract)));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.collaboration).toEqual(contract.collaboration);
    expect(parsed.value.leaderAgreements).toEqual(contract.leaderAgreements);
    expect(parsed.value.previousContractId).toBe('old-1');
  });

  it('report bad records with precise paths', () => {
    const contract = withCollaboration() as unknown as Record<string, any>;
    contract.collaboration.followUps[0].status = 'maybe';
    contract.collaboration.dailyChecks[0].date = '4/12';
    contract.collaboration.comments[0].by.role = 'hr';
    contract.leaderAgreements[0].revisions[0].replacedAt = 'yesterday';
    const parsed = parseContract(contract);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const text = parsed.errors.join('\n');
    expect(text).toContain('collaboration.followUps[0].status');
    expect(text).toContain('collaboration.dailyChecks[0].date');
    expect(text).toContain('collaboration.comments[0].by.role');
    expect(text).toContain('leaderAgreements[0].revisions[0].replacedAt');
  });

  it("are shared with the nearest leader (they are the two people's shared record)", () => {
    const contract = withCollaboration();
    const shared = buildSharePreview(contract);
    expect(shared.collaboration).toEqual(contract.collaboration);
    expect(shared.collaboration).not.toBe(contract.collaboration);
    expect(shared.leaderAgreements[0]?.revisions?.[0]?.text).toBe('Vi mødes hver uge');
    expect(shared.leaderAgreements.at(-1)?.addedBy?.displayName).toBe('Lars Nielsen');
  });
});
