/**
 * The facts behind "Forbindelse til Microsoft 365", gathered with the app's own Graph calls. Nothing
 * here may put a consent prompt before the user: every call uses a scope the session already holds
 * (User.Read, MailboxSettings.Read, User.ReadBasic.All, Files.ReadWrite are the app's first-use
 * scopes), and the catalog is only looked at when the token shows its permissions are already granted.
 */
import { scopes } from '../../auth/scopes';
import type { TokenProvider } from '../../auth/tokenProvider';
import { grantsAll, graphScopeNames, scopesOfToken, type ConnectionFacts } from '../../domain/connectionStatus';
import type { GraphClient } from '../../graph/client';
import { isGraphAppError } from '../../graph/errors';
import { getMyDrive } from '../../graph/files';
import { getMailboxSettings } from '../../graph/me';
import { findCatalogApp } from '../../graph/meetingApps';
import { getNearestLeader } from '../../graph/people';
import type { Me } from '../../graph/types';

export interface ConnectionSources {
  graph: GraphClient;
  me: Me;
  tokenProvider: TokenProvider;
  /** The manifest id the org catalog knows the app by. */
  teamsAppId: string;
}

/**
 * Scopes of the session's token. Only the demo token is read: Microsoft's Graph tokens are opaque to
 * clients (their format may change), so for them the view says it cannot tell.
 */
async function grantedScopes(tokenProvider: TokenProvider): Promise<string[] | undefined> {
  if (tokenProvider.kind !== 'demo') return undefined;
  // User.Read is held since sign-in (GET /me), so this is the cached token: no new request, no prompt.
  return scopesOfToken(await tokenProvider.getAccessToken(scopes.profile));
}

function isForbidden(error: unknown): boolean {
  return isGraphAppError(error) && (error.kind === 'accessDenied' || error.kind === 'consentMissing');
}

async function leaderFact(graph: GraphClient): Promise<ConnectionFacts['leader']> {
  try {
    const leader = await getNearestLeader(graph);
    return leader.kind === 'none' ? { state: 'none' } : { state: 'found', displayName: leader.person.displayName };
  } catch (error) {
    return isForbidden(error) ? { state: 'forbidden' } : { state: 'failed' };
  }
}

async function catalogFact(graph: GraphClient, granted: string[] | undefined, teamsAppId: string): Promise<ConnectionFacts['catalog']> {
  if (!granted || !grantsAll(granted, scopes.meetingApp)) return { state: 'notChecked' };
  try {
    return (await findCatalogApp(graph, teamsAppId)) ? { state: 'found' } : { state: 'missing' };
  } catch {
    return { state: 'failed' };
  }
}

async function timeZoneFact(graph: GraphClient): Promise<ConnectionFacts['timeZone']> {
  try {
    return { state: 'found', zone: (await getMailboxSettings(graph)).timeZone };
  } catch (error) {
    return isGraphAppError(error) && error.kind === 'noMailbox' ? { state: 'noMailbox' } : { state: 'failed' };
  }
}

async function driveFact(graph: GraphClient): Promise<ConnectionFacts['drive']> {
  try {
    await getMyDrive(graph);
    return { state: 'found' };
  } catch {
    return { state: 'failed' };
  }
}

export async function gatherConnection(sources: ConnectionSources): Promise<ConnectionFacts> {
  const { graph, me, tokenProvider, teamsAppId } = sources;
  const granted = await grantedScopes(tokenProvider).catch(() => undefined);
  // A real token is opaque: then what MSAL reported, only for the line (the catalog stays unchecked).
  const reported = granted ? [] : graphScopeNames(tokenProvider.reportedScopes?.() ?? []);
  const [leader, catalog, timeZone, drive] = await Promise.all([
    leaderFact(graph),
    catalogFact(graph, granted, teamsAppId),
    timeZoneFact(graph),
    driveFact(graph),
  ]);
  return {
    account: { displayName: me.displayName, ...(me.mail ? { mail: me.mail } : {}) },
    scopes: granted ? { source: 'token', granted } : reported.length ? { source: 'msal', granted: reported } : { source: 'unreadable' },
    leader,
    catalog,
    timeZone,
    drive,
  };
}
