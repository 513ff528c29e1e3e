/**
 * Fixtures for the shared-contract view tests: Lars (the nearest leader) opening Mette's contract,
 * the state useSharedContract would give, and reading back what the view asked to save.
 */
import type { Contract } from '../../../../src/domain/model';
import { encodeContractRef } from '../../../../src/host/deepLink';
import type { OpenContractResult, OpenedContract } from '../../../../src/store/sharedContract';
import type { SharedContractState } from '../../../../src/features/nearestLeader/useSharedContract';
import { filledDraft } from '../../domain/fixtures';

export const lars = {
  id: 'u-lars',
  displayName: 'Lars Nielsen',
  mail: 'lars.nielsen@demokommune.example',
  userPrincipalName: 'lars.nielsen@demokommune.example',
};
export const REF = encodeContractRef({ contractId: 'c-1', driveId: 'b!drive', folderId: 'folder-1' });

export function sharedContract(): Contract {
  const c = filledDraft().contract;
  return {
    ...c,
    id: 'c-1',
    leader: { displayName: 'Mette Hansen', id: 'u-mette', mail: 'mette.hansen@demokommune.example', kind: 'user' },
    nearestLeader: { displayName: 'Lars Nielsen', id: 'u-lars', mail: lars.mail, kind: 'user' },
    bookings: {
      followUps: [],
      reminders: [],
      dialogue: {
        transactionId: 't',
        start: '2026-12-03T10:00:00',
        end: '2026-12-03T10:45:00',
        timeZone: 'Romance Standard Time',
        joinUrl: 'https://teams.microsoft.com/l/meetup-join/x',
      },
    },
  };
}

export function opened(access: OpenedContract['access'], contract: Contract = sharedContract()): OpenedContract {
  return {
    status: 'opened',
    contract,
    eTag: 'e1',
    access,
    location: { itemId: 'json-1', driveId: 'b!drive', folderId: 'folder-1' },
    ref: { contractId: 'c-1', driveId: 'b!drive', itemId: 'json-1', folderId: 'folder-1' },
  };
}

export function state(result: OpenContractResult | undefined, extra: Partial<SharedContractState> = {}): SharedContractState & { save: jest.Mock } {
  return {
    m365: { status: 'ready', graph: {} as never, me: { ...lars, kind: 'user' }, retry: jest.fn() },
    viewer: lars,
    ...(result ? { result } : {}),
    save: jest.fn().mockResolvedValue(true),
    saveStatus: { kind: 'idle' },
    conflicts: [],
    dismissConflict: jest.fn(),
    reload: jest.fn(),
    ...extra,
  } as SharedContractState & { save: jest.Mock };
}

/** The contract the view's last save would produce from `base`. */
export function lastChange(save: jest.Mock, base: Contract): Contract {
  const change = save.mock.calls.at(-1)?.[0] as (c: Contract) => Contract;
  return change(base);
}
