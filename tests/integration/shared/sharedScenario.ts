/**
 * The starting point of the nearest leader's tests: Mette prepares, books and shares, with the
 * chat card's link carrying the located contract ref, as the Book-and-share UI builds it.
 */
import { bookAndShare } from '../../../src/features/invite/engine';
import type { Contract } from '../../../src/domain/model';
import { buildContractDeepLink, contractWebUrl } from '../../../src/host/contractLinks';
import { encodeContractRef } from '../../../src/host/deepLink';
import { prepareScenario, type Scenario } from '../invite/scenario';
import { METTE, type TestEmulator } from '../support/emulator';

export async function shareAsLeader(env: TestEmulator): Promise<{ request: Scenario['request']; contract: Contract }> {
  const { request } = await prepareScenario(env.graphAs(METTE));
  request.deepLink = (contractId, location) => {
    const ref = encodeContractRef({ contractId, ...location });
    return buildContractDeepLink({ appId: 'app', entityId: 'lederdialog', contractId: ref, webUrl: contractWebUrl('http://127.0.0.1:3000', ref) });
  };
  const result = await bookAndShare(env.graphAs(METTE), request);
  if (result.status !== 'complete') throw new Error(`book and share: ${result.status}`);
  return { request, contract: { ...request.contract, bookings: result.bookings } };
}
