/**
 * "Forbindelse til Microsoft 365": what the app found when it looked at the user's connection,
 * turned into one line per topic — green (ok) or yellow (needs attention) — that says what it means
 * for the user. Pure, so every wording and colour is decided (and tested) here; the view in
 * src/features/connection only gathers the facts.
 */
import type { LocalizedText } from './localized';

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

const ok = (topic: ConnectionTopic, title: LocalizedText, text: LocalizedText): ConnectionLine => ({ topic, tone: 'ok', title, text });
const attention = (topic: ConnectionTopic, title: LocalizedText, text: LocalizedText): ConnectionLine => ({ topic, tone: 'attention', title, text });

const TITLES: Record<ConnectionTopic, LocalizedText> = {
  account: { da: 'Konto', en: 'Account' },
  scopes: { da: 'Tilladelser', en: 'Permissions' },
  leader: { da: 'Nærmeste leder', en: 'Nearest leader' },
  catalog: { da: 'Organisationens appkatalog', en: "Organisation's app catalog" },
  timeZone: { da: 'Tidszone', en: 'Time zone' },
  drive: { da: 'OneDrive', en: 'OneDrive' },
};

function accountLine(account: ConnectionFacts['account']): ConnectionLine {
  const who = account.mail ? `${account.displayName} (${account.mail})` : account.displayName;
  return ok('account', TITLES.account, {
    da: `Du er logget ind som ${who}. Det er denne konto, der gemmer kontrakten og booker samtalen.`,
    en: `You are signed in as ${who}. This account stores the contract and books the dialogue.`,
  });
}

function scopesLine(scopes: ConnectionFacts['scopes']): ConnectionLine {
  if (scopes.source === 'unreadable') {
    return attention('scopes', TITLES.scopes, {
      da: 'Appen må ikke læse Microsofts adgangsnøgle, så den kan ikke vise, hvilke tilladelser du har givet. Du kan se dem under „Apps med adgang“ i din Microsoft-konto.',
      en: 'The app may not read Microsoft\'s access token, so it cannot show which permissions you have given. You can see them under "Apps with access" in your Microsoft account.',
    });
  }
  const list = [...scopes.granted].sort().join(', ');
  if (scopes.source === 'msal') {
    return ok('scopes', TITLES.scopes, {
      da: `Appen må ikke læse Microsofts adgangsnøgle selv, men ved log-ind har Microsoft meldt disse tilladelser: ${list}. Andre bliver først spurgt om, når du bruger det, der kræver dem.`,
      en: `The app may not read Microsoft's access token itself, but at sign-in Microsoft reported these permissions: ${list}. Others are only asked for when you use what needs them.`,
    });
  }
  return ok('scopes', TITLES.scopes, {
    da: `Appen har lov til: ${list}. Andre tilladelser bliver først spurgt om, når du bruger det, der kræver dem.`,
    en: `The app may use: ${list}. Other permissions are only asked for when you use what needs them.`,
  });
}

function leaderLine(leader: ConnectionFacts['leader']): ConnectionLine {
  switch (leader.state) {
    case 'found':
      return ok('leader', TITLES.leader, {
        da: `Din nærmeste leder er ${leader.displayName}. Appen foreslår personen, når du inviterer til samtalen.`,
        en: `Your nearest leader is ${leader.displayName}. The app suggests them when you invite to the dialogue.`,
      });
    case 'forbidden':
      return attention('leader', TITLES.leader, {
        da: 'Appen må ikke slå din leder op i organisationen, så vælg din nærmeste leder selv, når du inviterer. En administrator kan give appen tilladelsen „User.Read.All“ for hele organisationen, så findes lederen af sig selv.',
        en: 'The app may not look up your manager in the organisation, so pick your nearest leader by hand when you invite. An administrator can grant the app "User.Read.All" for the whole organisation; then the leader is found by itself.',
      });
    case 'none':
      return attention('leader', TITLES.leader, {
        da: 'Der er ikke angivet en leder for dig i organisationen, så vælg din nærmeste leder selv, når du inviterer.',
        en: 'No manager is set for you in the organisation, so pick your nearest leader by hand when you invite.',
      });
    case 'failed':
      return attention('leader', TITLES.leader, {
        da: 'Appen kunne ikke slå din leder op lige nu. Du kan vælge din nærmeste leder selv, når du inviterer.',
        en: 'The app could not look up your manager right now. You can pick your nearest leader by hand when you invite.',
      });
  }
}

function catalogLine(catalog: ConnectionFacts['catalog']): ConnectionLine {
  switch (catalog.state) {
    case 'found':
      return ok('catalog', TITLES.catalog, {
        da: 'Appen er udgivet i organisationens katalog, så den kan sættes fast i mødets chat.',
        en: "The app is published in the organisation's catalog, so it can be pinned in the meeting's chat.",
      });
    case 'missing':
      return attention('catalog', TITLES.catalog, {
        da: 'Appen er ikke udgivet i organisationens katalog, så den kan ikke sættes fast i mødets chat. Bed din it-afdeling om at udgive den.',
        en: "The app is not published in the organisation's catalog, so it cannot be pinned in the meeting's chat. Ask your IT department to publish it.",
      });
    case 'notChecked':
      return attention('catalog', TITLES.catalog, {
        da: 'Ikke tjekket: det kræver en tilladelse, du ikke har givet endnu. Appen spørger først om den, når du sætter appen fast i mødets chat.',
        en: "Not checked: it needs a permission you have not given yet. The app only asks for it when you pin the app in the meeting's chat.",
      });
    case 'failed':
      return attention('catalog', TITLES.catalog, {
        da: 'Appen kunne ikke slå sig selv op i organisationens katalog lige nu.',
        en: "The app could not look itself up in the organisation's catalog right now.",
      });
  }
}

function timeZoneLine(timeZone: ConnectionFacts['timeZone']): ConnectionLine {
  switch (timeZone.state) {
    case 'found':
      return ok('timeZone', TITLES.timeZone, {
        da: `Din postkasse bruger tidszonen ${timeZone.zone}. Samtalens tider foreslås ud fra den og din arbejdstid.`,
        en: `Your mailbox uses the time zone ${timeZone.zone}. Times for the dialogue are suggested from it and your working hours.`,
      });
    case 'noMailbox':
      return attention('timeZone', TITLES.timeZone, {
        da: 'Din konto har ingen Outlook-postkasse, så appen kan ikke foreslå tider eller booke samtalen.',
        en: 'Your account has no Outlook mailbox, so the app cannot suggest times or book the dialogue.',
      });
    case 'failed':
      return attention('timeZone', TITLES.timeZone, {
        da: 'Appen kunne ikke læse din postkasses tidszone, så tider foreslås i din browsers tidszone.',
        en: "The app could not read your mailbox's time zone, so times are suggested in your browser's time zone.",
      });
  }
}

function driveLine(drive: ConnectionFacts['drive']): ConnectionLine {
  return drive.state === 'found'
    ? ok('drive', TITLES.drive, {
        da: 'Din OneDrive kan nås. Kontrakten gemmes og deles derfra.',
        en: 'Your OneDrive can be reached. The contract is stored and shared from there.',
      })
    : attention('drive', TITLES.drive, {
        da: 'Din OneDrive kunne ikke nås, så kontrakten gemmes kun i denne browser indtil videre.',
        en: 'Your OneDrive could not be reached, so the contract is only kept in this browser for now.',
      });
}

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
