/**
 * Links to one contract: the Teams deep link that opens the app's tab on it, and the browser
 * address that is the link's fallback. Reading them back on arrival is deepLink.ts.
 */

export interface ContractDeepLinkInput {
  /** The Teams app id (manifest `id`). */
  appId: string;
  /** The static tab's entityId (manifest `staticTabs[].entityId`). */
  entityId: string;
  contractId: string;
  /** Where a client that cannot render the tab should go instead, e.g. contractWebUrl(origin, id). */
  webUrl?: string;
  /** Tab label shown by Teams while it opens the link. */
  label?: string;
}

/**
 * `https://teams.microsoft.com/l/entity/<appId>/<entityId>?context={"subEntityId":"<contractId>"}`,
 * with the JSON context URL-encoded as Teams requires, and `webUrl` as the documented fallback.
 */
export function buildContractDeepLink({ appId, entityId, contractId, webUrl, label }: ContractDeepLinkInput): string {
  const params: string[] = [];
  if (webUrl) params.push(`webUrl=${encodeURIComponent(webUrl)}`);
  if (label) params.push(`label=${encodeURIComponent(label)}`);
  params.push(`context=${encodeURIComponent(JSON.stringify({ subEntityId: contractId }))}`);
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(appId)}/${encodeURIComponent(entityId)}?${params.join('&')}`;
}

/** The browser address of a contract: the app's origin with `?contract=<id>`. */
export function contractWebUrl(appOrigin: string, contractId: string): string {
  const url = new URL('/', appOrigin);
  url.searchParams.set('contract', contractId);
  return url.toString();
}

/** The contract id carried by a Teams deep link built by buildContractDeepLink, or undefined. */
export function contractIdFromDeepLink(link: string): string | undefined {
  try {
    const context = new URL(link).searchParams.get('context');
    if (!context) return undefined;
    const parsed: unknown = JSON.parse(context);
    const sub = (parsed as { subEntityId?: unknown }).subEntityId;
    return typeof sub === 'string' && sub ? sub : undefined;
  } catch {
    return undefined;
  }
}
