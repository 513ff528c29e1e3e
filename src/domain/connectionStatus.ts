/**
 * "Forbindelse til Microsoft 365": what the app found when it looked at the user's connection,
 * turned into one line per topic — green (ok) or yellow (needs attention) — that says what it means
 * for the user. Pure, so which text and colour each fact gets is decided (and tested) here, with the
 * words in connectionStatusStrings.ts; the view in src/features/connection only gathers the facts.
 */
import { fillTemplate } from '../content/uiStrings';
import { connectionStatusStrings, type ConnectionStatusStrings } from './connectionStatusStrings';
import { bothLanguages, bothLanguagesByKey, type LocalizedText } from './localized';

export type ConnectionTopic = 'account' | 'scopes' | 'leader' | 'catalog' | 'timeZone' | 'drive';

export interface ConnectionLine {
  topic: ConnectionTopic;
  tone: 'ok' | 'attention';
  title: LocalizedText;
  text: LocalizedText;
}

export interface ConnectionFacts {
  account: { displayName: string; mail?: string };
  /**
   * `token`: read from the access token's `scp` claim; `msal`: the app may not read a real Graph
   * token, so what MSAL reported on its authentication results; `unreadable`: neither is at hand.
   */
  scopes: { source: 'token' | 'msal'; granted: readonly string[] } | { source: 'unreadable' };
  leader: { state: 'found'; displayName: string } | { state: 'none' } | { state: 'forbidden' } | { state: 'failed' };
  /** `notChecked`: the catalog permission is not granted yet, and this view never asks for it. */
  catalog: { state: 'found' } | { state: 'missing' } | { state: 'notChecked' } | { state: 'failed' };
  timeZone: { state: 'found'; zone: string } | { state: 'noMailbox' } | { state: 'failed' };
  drive: { state: 'found' } | { state: 'failed' };
}

/**
 * The delegated scopes in an access token's `scp` claim, or undefined when the token is not a JWT
 * the app can read. Only meant for the demo token: Microsoft says a Graph token is opaque to clients.
 */
export function scopesOfToken(token: string): string[] | undefined {
  const part = token.split('.')[1];
  if (!part) return undefined;
  try {
    const json = JSON.parse(atob(part.replace(/-/g, '+').replace(/_/g, '/'))) as { scp?: unknown };
    return typeof json.scp === 'string' ? json.scp.split(' ').filter(Boolean) : undefined;
  } catch {
    return undefined;
  }
}

const OIDC_SCOPES = new Set(['openid', 'profile', 'email', 'offline_access']);

/**
 * Graph permission names from scopes as MSAL reports them (`https://graph.microsoft.com/User.Read`
 * or `User.Read`), without the sign-in scopes of OpenID Connect; each once.
 */
export function graphScopeNames(reported: readonly string[]): string[] {
  const names = reported
    .map((scope) => scope.replace(/^https:\/\/graph\.microsoft\.com\//i, ''))
    .filter((scope) => scope && !OIDC_SCOPES.has(scope.toLowerCase()));
  return [...new Set(names)];
}

/** True when every scope of `needed` is among `granted`. */
export function grantsAll(granted: readonly string[], needed: readonly string[]): boolean {
  return needed.every((scope) => granted.includes(scope));
}

const TITLES: Record<ConnectionTopic, LocalizedText> = bothLanguagesByKey((locale) => connectionStatusStrings[locale].titles);

/** A line's text in both languages: which text of the strings module, and what fills its placeholders. */
function say(text: (t: ConnectionStatusStrings) => string, values: Record<string, string> = {}): LocalizedText {
  return bothLanguages((locale) => fillTemplate(text(connectionStatusStrings[locale]), values));
}

/** A green line when `ok`, else a yellow one. */
const line = (topic: ConnectionTopic, ok: boolean, text: LocalizedText): ConnectionLine => ({
  topic,
  tone: ok ? 'ok' : 'attention',
  title: TITLES[topic],
  text,
});

function accountLine(account: ConnectionFacts['account']): ConnectionLine {
  const who = account.mail ? `${account.displayName} (${account.mail})` : account.displayName;
  return line(
    'account',
    true,
    say((t) => t.account, { who }),
  );
}

function scopesLine(scopes: ConnectionFacts['scopes']): ConnectionLine {
  if (scopes.source === 'unreadable')
    return line(
      'scopes',
      false,
      say((t) => t.scopes.unreadable),
    );
  const list = [...scopes.granted].sort().join(', ');
  return line(
    'scopes',
    true,
    say((t) => t.scopes[scopes.source], { list }),
  );
}

/** A line that is green when its look-up found what it looked for, with the text for its state. */
function foundLine<S extends string>(
  topic: ConnectionTopic,
  state: S,
  texts: (t: ConnectionStatusStrings) => Record<S, string>,
  values: Record<string, string> = {},
): ConnectionLine {
  return line(
    topic,
    state === 'found',
    say((t) => texts(t)[state], values),
  );
}

const leaderLine = (leader: ConnectionFacts['leader']) =>
  foundLine('leader', leader.state, (t) => t.leader, { name: leader.state === 'found' ? leader.displayName : '' });
const catalogLine = (catalog: ConnectionFacts['catalog']) => foundLine('catalog', catalog.state, (t) => t.catalog);
const timeZoneLine = (timeZone: ConnectionFacts['timeZone']) =>
  foundLine('timeZone', timeZone.state, (t) => t.timeZone, { zone: timeZone.state === 'found' ? timeZone.zone : '' });
const driveLine = (drive: ConnectionFacts['drive']) => foundLine('drive', drive.state, (t) => t.drive);

/** One line per topic, in the order the view shows them. */
export function connectionLines(facts: ConnectionFacts): ConnectionLine[] {
  return [
    accountLine(facts.account),
    scopesLine(facts.scopes),
    leaderLine(facts.leader),
    catalogLine(facts.catalog),
    timeZoneLine(facts.timeZone),
    driveLine(facts.drive),
  ];
}
