/**
 * The words of "Forbindelse til Microsoft 365" (src/domain/connectionStatus.ts), Danish and English:
 * a title per topic and one text per state it found. Placeholders {name} are filled with fillTemplate.
 */
import type { Locale } from '../content/types';

export interface ConnectionStatusStrings {
  titles: { account: string; scopes: string; leader: string; catalog: string; timeZone: string; drive: string };
  /** {who}: the display name, with the mail in parentheses when there is one. */
  account: string;
  /** {list}: the granted permissions, comma-separated. */
  scopes: { unreadable: string; msal: string; token: string };
  /** {name}: the manager's display name. */
  leader: { found: string; forbidden: string; none: string; failed: string };
  catalog: { found: string; missing: string; notChecked: string; failed: string };
  /** {zone}: the mailbox's Windows time zone. */
  timeZone: { found: string; noMailbox: string; failed: string };
  drive: { found: string; failed: string };
}

export const connectionStatusStrings: Record<Locale, ConnectionStatusStrings> = {
  da: {
    titles: {
      account: 'Konto',
      scopes: 'Tilladelser',
      leader: 'Nærmeste leder',
      catalog: 'Organisationens appkatalog',
      timeZone: 'Tidszone',
      drive: 'OneDrive',
    },
    account: 'Du er logget ind som {who}. Det er denne konto, der gemmer kontrakten og booker samtalen.',
    scopes: {
      unreadable:
        'Appen må ikke læse Microsofts adgangsnøgle, så den kan ikke vise, hvilke tilladelser du har givet. Du kan se dem under „Apps med adgang“ i din Microsoft-konto.',
      msal: 'Appen må ikke læse Microsofts adgangsnøgle selv, men ved log-ind har Microsoft meldt disse tilladelser: {list}. Andre bliver først spurgt om, når du bruger det, der kræver dem.',
      token: 'Appen har lov til: {list}. Andre tilladelser bliver først spurgt om, når du bruger det, der kræver dem.',
    },
    leader: {
      found: 'Din nærmeste leder er {name}. Appen foreslår personen, når du inviterer til samtalen.',
      forbidden:
        'Appen må ikke slå din leder op i organisationen, så vælg din nærmeste leder selv, når du inviterer. En administrator kan give appen tilladelsen „User.Read.All“ for hele organisationen, så findes lederen af sig selv.',
      none: 'Der er ikke angivet en leder for dig i organisationen, så vælg din nærmeste leder selv, når du inviterer.',
      failed: 'Appen kunne ikke slå din leder op lige nu. Du kan vælge din nærmeste leder selv, når du inviterer.',
    },
    catalog: {
      found: 'Appen er udgivet i organisationens katalog, så den kan sættes fast i mødets chat.',
      missing: 'Appen er ikke udgivet i organisationens katalog, så den kan ikke sættes fast i mødets chat. Bed din it-afdeling om at udgive den.',
      notChecked: 'Ikke tjekket: det kræver en tilladelse, du ikke har givet endnu. Appen spørger først om den, når du sætter appen fast i mødets chat.',
      failed: 'Appen kunne ikke slå sig selv op i organisationens katalog lige nu.',
    },
    timeZone: {
      found: 'Din postkasse bruger tidszonen {zone}. Samtalens tider foreslås ud fra den og din arbejdstid.',
      noMailbox: 'Din konto har ingen Outlook-postkasse, så appen kan ikke foreslå tider eller booke samtalen.',
      failed: 'Appen kunne ikke læse din postkasses tidszone, så tider foreslås i din browsers tidszone.',
    },
    drive: {
      found: 'Din OneDrive kan nås. Kontrakten gemmes og deles derfra.',
      failed: 'Din OneDrive kunne ikke nås, så kontrakten gemmes kun i denne browser indtil videre.',
    },
  },
  en: {
    titles: {
      account: 'Account',
      scopes: 'Permissions',
      leader: 'Nearest leader',
      catalog: "Organisation's app catalog",
      timeZone: 'Time zone',
      drive: 'OneDrive',
    },
    account: 'You are signed in as {who}. This account stores the contract and books the dialogue.',
    scopes: {
      unreadable:
        'The app may not read Microsoft\'s access token, so it cannot show which permissions you have given. You can see them under "Apps with access" in your Microsoft account.',
      msal: "The app may not read Microsoft's access token itself, but at sign-in Microsoft reported these permissions: {list}. Others are only asked for when you use what needs them.",
      token: 'The app may use: {list}. Other permissions are only asked for when you use what needs them.',
    },
    leader: {
      found: 'Your nearest leader is {name}. The app suggests them when you invite to the dialogue.',
      forbidden:
        'The app may not look up your manager in the organisation, so pick your nearest leader by hand when you invite. An administrator can grant the app "User.Read.All" for the whole organisation; then the leader is found by itself.',
      none: 'No manager is set for you in the organisation, so pick your nearest leader by hand when you invite.',
      failed: 'The app could not look up your manager right now. You can pick your nearest leader by hand when you invite.',
    },
    catalog: {
      found: "The app is published in the organisation's catalog, so it can be pinned in the meeting's chat.",
      missing: "The app is not published in the organisation's catalog, so it cannot be pinned in the meeting's chat. Ask your IT department to publish it.",
      notChecked: "Not checked: it needs a permission you have not given yet. The app only asks for it when you pin the app in the meeting's chat.",
      failed: "The app could not look itself up in the organisation's catalog right now.",
    },
    timeZone: {
      found: 'Your mailbox uses the time zone {zone}. Times for the dialogue are suggested from it and your working hours.',
      noMailbox: 'Your account has no Outlook mailbox, so the app cannot suggest times or book the dialogue.',
      failed: "The app could not read your mailbox's time zone, so times are suggested in your browser's time zone.",
    },
    drive: {
      found: 'Your OneDrive can be reached. The contract is stored and shared from there.',
      failed: 'Your OneDrive could not be reached, so the contract is only kept in this browser for now.',
    },
  },
};
