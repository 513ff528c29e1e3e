/**
 * The nearest leader's part of the leader's own contract, for the leader's views: read from the
 * shared lederaftale.json (the source of truth for what the other person wrote) and taken together
 * with what the local draft already holds, so nothing they wrote is missing while the file loads or
 * when it cannot be read. Read only: nothing here writes.
 */
import { useMemo } from 'react';
import type { Contract } from '../../domain/model';
import { nearestLeaderPart, type NearestLeaderPart } from '../../domain/nearestLeaderPart';
import { adoptSharedAdditions } from '../../domain/sharedAdditions';
import { sharedRefOf } from './sharedRef';
import { useSharedContract } from './useSharedContract';

export interface NearestLeaderPartState {
  part: NearestLeaderPart;
  /** The shared file was read (else the part is the draft's alone). */
  loaded: boolean;
  reload(): void;
}

export function useNearestLeaderPart(contract: Contract): NearestLeaderPartState {
  const ref = useMemo(() => sharedRefOf(contract), [contract]);
  const { result, reload } = useSharedContract(ref);
  const shared = result?.status === 'opened' && result.contract.id === contract.id ? result.contract : undefined;
  const part = useMemo(() => nearestLeaderPart(shared ? adoptSharedAdditions(contract, shared) : contract), [contract, shared]);
  return { part, loaded: Boolean(shared), reload };
}
