/**
 * What "Book and share" says when a request cannot go or a step did not happen as asked, Danish and
 * English: the booking engine (engine/validateRequest.ts, engine/result.ts) answers with kinds and
 * values, and bookingIssueWords.ts words them with these in the language shown now. (What goes into
 * the Microsoft 365 items themselves stays in engine/engineStrings.ts.) The words name the field and
 * never quote the user's text. Placeholders are {name}, filled with fillTemplate from
 * src/content/uiStrings.ts.
 */
import type { Locale } from '../../content/types';

export interface BookingIssueStrings {
  /** Why the chat step was skipped (the nearest leader cannot be reached in Teams). */
  skipped: {
    orgContact: string;
    noUser: string;
  };
  /** The share step failed because the folder it shares was not made. */
  needsFolder: string;
  /** Why the request cannot go (engine/validateRequest.ts RequestIssue codes). */
  request: {
    /** {what} is one of `names`; {length} and {limit} are numbers written in the language. */
    tooLong: string;
    names: {
      leaderName: string;
      roomName: string;
      place: string;
      followUpTitle: string;
      privateNote: string;
    };
    chooseLeader: string;
    leaderMail: string;
    noTimeZone: string;
    chooseTime: string;
    chooseValidTime: string;
    timePassed: string;
    /** {minutes}: the dialogue's length. */
    dialogueLasts: string;
    afterPeriod: string;
    roomAddress: string;
    unknownPreset: string;
    chooseCadence: string;
    sameFollowUp: string;
    followUpTitleMissing: string;
    followUpDuration: string;
    followUpFirstInvalid: string;
    followUpFirstPast: string;
    followUpFirstBeforeDialogue: string;
    followUpEndInvalid: string;
    followUpEndsBeforeStart: string;
    reminderTime: string;
  };
}

export const bookingIssueStrings: Record<Locale, BookingIssueStrings> = {
  da: {
    skipped: {
      orgContact: 'Din nærmeste leder er en ekstern kontakt og kan ikke få en Teams-chat. Mødet og aftalen er delt; fortæl selv din leder om den.',
      noUser: 'Din nærmeste leder findes ikke i organisationens bruger­katalog, så der sendes ingen Teams-besked.',
    },
    needsFolder: 'Aftalen kunne ikke deles, fordi mappen i OneDrive ikke blev oprettet. Prøv igen.',
    request: {
      tooLong: '{what}: teksten er {length} tegn lang. Der er plads til {limit} tegn.',
      names: {
        leaderName: 'Nærmeste leders navn',
        roomName: 'Lokalets navn',
        place: 'Mødested',
        followUpTitle: 'Opfølgningens titel',
        privateNote: 'En privat note',
      },
      chooseLeader: 'Vælg din nærmeste leder.',
      leaderMail: 'Nærmeste leder mangler en gyldig mailadresse.',
      noTimeZone: 'Mødet mangler en tidszone.',
      chooseTime: 'Vælg et tidspunkt for dialogen.',
      chooseValidTime: 'Vælg et gyldigt tidspunkt for dialogen.',
      timePassed: 'Tidspunktet for dialogen er allerede passeret. Vælg et nyt.',
      dialogueLasts: 'Dialogen varer {minutes} minutter.',
      afterPeriod: 'Dialogen ligger efter aftaleperiodens slutdato.',
      roomAddress: 'Lokalet har ingen gyldig adresse.',
      unknownPreset: 'Ukendt type opfølgning.',
      chooseCadence: 'Vælg hvor ofte I følger op.',
      sameFollowUp: 'Den samme opfølgning er valgt to gange.',
      followUpTitleMissing: 'Giv opfølgningen en titel.',
      followUpDuration: 'Et opfølgningsmøde varer 5–240 minutter.',
      followUpFirstInvalid: 'Vælg en gyldig første dato for opfølgningen.',
      followUpFirstPast: 'Første opfølgning ligger i fortiden.',
      followUpFirstBeforeDialogue: 'Første opfølgning ligger før dialogen.',
      followUpEndInvalid: 'Opfølgningen mangler en gyldig slutdato.',
      followUpEndsBeforeStart: 'Opfølgningen slutter, før den begynder.',
      reminderTime: 'Vælg et klokkeslæt for påmindelserne (tt:mm).',
    },
  },
  en: {
    skipped: {
      orgContact:
        'Your manager is an external contact and cannot be reached in a Teams chat. The meeting and the agreement are shared; tell your manager yourself.',
      noUser: 'Your manager is not a user in your organisation’s directory, so no Teams message is sent.',
    },
    needsFolder: 'The agreement could not be shared because its OneDrive folder was not created. Try again.',
    request: {
      tooLong: '{what}: the text is {length} characters long. There is room for {limit} characters.',
      names: {
        leaderName: "Your manager's name",
        roomName: 'The room name',
        place: 'Meeting place',
        followUpTitle: 'The follow-up title',
        privateNote: 'A private note',
      },
      chooseLeader: 'Choose your manager.',
      leaderMail: 'Your manager has no valid email address.',
      noTimeZone: 'The meeting has no time zone.',
      chooseTime: 'Choose a time for the dialogue.',
      chooseValidTime: 'Choose a valid time for the dialogue.',
      timePassed: 'The time for the dialogue has already passed. Choose another.',
      dialogueLasts: 'The dialogue lasts {minutes} minutes.',
      afterPeriod: 'The dialogue is after the end of the agreement period.',
      roomAddress: 'The room has no valid address.',
      unknownPreset: 'Unknown kind of follow-up.',
      chooseCadence: 'Choose how often you follow up.',
      sameFollowUp: 'The same follow-up is chosen twice.',
      followUpTitleMissing: 'Give the follow-up a title.',
      followUpDuration: 'A follow-up meeting lasts 5–240 minutes.',
      followUpFirstInvalid: 'Choose a valid first date for the follow-up.',
      followUpFirstPast: 'The first follow-up is in the past.',
      followUpFirstBeforeDialogue: 'The first follow-up is before the dialogue.',
      followUpEndInvalid: 'The follow-up has no valid end date.',
      followUpEndsBeforeStart: 'The follow-up ends before it starts.',
      reminderTime: 'Choose a time of day for the reminders (hh:mm).',
    },
  },
};
