/**
 * The contract references in a Lederdialog chat card: its "Open in Lederdialog" button carries a
 * Teams deep link (subEntityId) or a browser address (?contract=) holding an encoded ContractRef.
 * Pure: the card is data. Only located refs count — an id alone cannot be opened by someone else.
 */
import { contractIdFromDeepLink } from '../../host/contractLinks';
import { contractIdFromLocation, decodeContractRef } from '../../host/deepLink';
import type { ContractRef } from '../../store/contractRef';
import { isLocated } from '../../store/contractRef';

function openUrls(node: unknown, out: string[]): void {
  if (Array.isArray(node)) {
    for (const item of node) openUrls(item, out);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const o = node as Record<string, unknown>;
  if (o.type === 'Action.OpenUrl' && typeof o.url === 'string') out.push(o.url);
  for (const value of Object.values(o)) if (value && typeof value === 'object') openUrls(value, out);
}

export function refFromLink(url: string): ContractRef | undefined {
  const fromTeams = contractIdFromDeepLink(url);
  if (fromTeams) return decodeContractRef(fromTeams);
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
    return decodeContractRef(contractIdFromLocation(parsed));
  } catch {
    return undefined;
  }
}

export function refsFromCard(card: Record<string, unknown>): ContractRef[] {
  const urls: string[] = [];
  openUrls(card, urls);
  const refs: ContractRef[] = [];
  for (const url of urls) {
    const ref = refFromLink(url);
    if (ref && isLocated(ref) && !refs.some((r) => r.contractId === ref.contractId)) refs.push(ref);
  }
  return refs;
}
