/**
 * The task pane's own words, Danish and English. The tool's text (questions, invite items) comes
 * from src/content; these are the add-in's voice around it.
 */
import type { Locale } from '../content/types';
import type { AppointmentField } from './appointmentFields';

export interface PaneStrings {
  title: string;
  intro: string;
  leaderHeading: string;
  leaderName: string;
  leaderMail: string;
  leaderMissing: string;
  leaderMailInvalid: string;
  orgContactNote: string;
  fetchFromM365: string;
  fetching: string;
  managerLookupFailed: string;
  noManager: string;
  contractFound: string;
  noContract: string;
  questionsHeading: string;
  whenHeading: string;
  date: string;
  time: string;
  startInvalid: string;
  startInPast: string;
  previewHeading: string;
  previewSubject: string;
  previewWhen: string;
  previewLocation: string;
  fill: string;
  filling: string;
  filled: string;
  followUpHeading: string;
  followUpIntro: string;
  firstDates: string;
  seriesHowTo: string;
  setRecurrence: string;
  recurrenceSet: string;
  recurrenceNeedsSeries: string;
  recurrenceUnsupported: string;
  notInOutlook: string;
  /** The appointment's subject; {name} is the nearest leader. */
  dialogueSubject: string;
  /**
   * The location hint, in the words of the tool's "Inviter din leder": "Husk også et mødelokale
   * eller andet sted med ro til dialogen." tests/unit/outlook/fillAppointment.test.ts checks it
   * stays the tool's wording.
   */
  locationHint: string;
  /** Why the appointment cannot be planned (src/outlook/dialoguePlan.ts says which). */
  leaderNameMissing: string;
  /** {name}: the nearest leader. */
  leaderCannotBeInvited: string;
  /** How the leader sees each field named in Outlook (Danish Outlook's own words). */
  fieldNames: Record<AppointmentField, string>;
  /** A field Outlook refused: {field} is one of fieldNames, {detail} Outlook's own message. */
  fillFailed: string;
  /** {fields}: the fields written before the failure, which stay in the appointment. */
  fillAlreadyDone: string;
  fillNothingDone: string;
  fillTryAgain: string;
}

export const paneStrings: Record<Locale, PaneStrings> = {
  da: {
    title: 'Lederdialog',
    intro: 'Udfyld aftalen med den 45 minutters dialog med din nærmeste leder: emne, tid, deltager, dagsorden og sted.',
    leaderHeading: 'Din nærmeste leder',
    leaderName: 'Navn',
    leaderMail: 'Mail',
    leaderMissing: 'Skriv din nærmeste leders navn og mail, eller hent dem fra Microsoft 365.',
    leaderMailInvalid: 'Mailadressen ser ikke rigtig ud.',
    orgContactNote: 'Din nærmeste leder er en ekstern kontakt: vedkommende kan få mødet, men ikke en Teams-chat.',
    fetchFromM365: 'Hent leder og lederaftale fra Microsoft 365',
    fetching: 'Henter …',
    managerLookupFailed: 'Din nærmeste leder kunne ikke slås op i Microsoft 365 (det kræver måske en administrators godkendelse). Skriv navn og mail selv.',
    noManager: 'Der er ingen nærmeste leder registreret i jeres katalog. Skriv navn og mail selv.',
    contractFound: 'Lederaftalen fra din OneDrive bruges som dagsorden.',
    noContract: 'Ingen lederaftale endnu: dagsordenen bruger værktøjets spørgsmål, som din leder kan forberede sig på.',
    questionsHeading: 'Spørgsmål din leder kan forberede sig på',
    whenHeading: 'Tidspunkt',
    date: 'Dato',
    time: 'Klokkeslæt',
    startInvalid: 'Vælg en gyldig dato og et klokkeslæt.',
    startInPast: 'Tidspunktet er allerede passeret.',
    previewHeading: 'Sådan bliver aftalen',
    previewSubject: 'Emne',
    previewWhen: 'Tid',
    previewLocation: 'Sted',
    fill: 'Udfyld aftalen',
    filling: 'Udfylder …',
    filled: 'Aftalen er udfyldt. Tjek den, og tryk Send, når du er klar.',
    followUpHeading: 'Løbende opfølgning',
    followUpIntro: 'Aftal, hvornår I følger op, og book det som en fælles aftale i kalenderen. Værktøjet foreslår:',
    firstDates: 'De første datoer',
    seriesHowTo:
      'Sådan gør du opfølgningen til en serie i Outlook: opret en ny aftale med din leder, vælg Gentag (Gør til serie) øverst i aftalen, og vælg mønsteret ovenfor med slutdato {end}. Åbn så Lederdialog i den nye serie, og tryk „Sæt gentagelsen“, så udfylder vi mønsteret for dig.',
    setRecurrence: 'Sæt gentagelsen',
    recurrenceSet: 'Gentagelsen er sat. Tjek serien, og tryk Send.',
    recurrenceNeedsSeries: 'Denne aftale er ikke en serie endnu. Vælg først Gentag i Outlook (se ovenfor).',
    recurrenceUnsupported: 'Din version af Outlook lader ikke tilføjelsesprogrammer sætte gentagelser. Sæt mønsteret selv med Gentag.',
    notInOutlook: 'Lederdialog skal åbnes fra en kalenderaftale i Outlook.',
    dialogueSubject: 'Dialog med nærmeste leder: {name}',
    locationHint: 'Mødelokale eller andet sted med ro til dialogen',
    leaderNameMissing: 'Skriv din nærmeste leders navn.',
    leaderCannotBeInvited: '{name} har ingen gyldig mailadresse, så Outlook kan ikke invitere vedkommende. Skriv mailadressen.',
    fieldNames: {
      subject: 'emnet',
      start: 'starttidspunktet',
      end: 'sluttidspunktet',
      requiredAttendees: 'de påkrævede deltagere',
      body: 'mødeteksten (dagsordenen)',
      location: 'stedet',
      recurrence: 'gentagelsen',
    },
    fillFailed: 'Outlook kunne ikke udfylde {field}: {detail}',
    fillAlreadyDone: 'Allerede udfyldt: {fields}.',
    fillNothingDone: 'Intet blev udfyldt.',
    fillTryAgain: 'Prøv igen, eller ret feltet i Outlook.',
  },
  en: {
    title: 'Lederdialog',
    intro: 'Fill in this appointment with the 45-minute dialogue with your manager: subject, time, attendee, agenda and place.',
    leaderHeading: 'Your manager',
    leaderName: 'Name',
    leaderMail: 'Email',
    leaderMissing: "Type your manager's name and email, or fetch them from Microsoft 365.",
    leaderMailInvalid: 'The email address does not look right.',
    orgContactNote: 'Your manager is an external contact: they can get the meeting, but not a Teams chat.',
    fetchFromM365: 'Fetch manager and leader agreement from Microsoft 365',
    fetching: 'Fetching …',
    managerLookupFailed: 'Your manager could not be looked up in Microsoft 365 (this may need an administrator’s approval). Type the name and email yourself.',
    noManager: 'No manager is registered in your directory. Type the name and email yourself.',
    contractFound: 'The leader agreement from your OneDrive is used as the agenda.',
    noContract: 'No leader agreement yet: the agenda uses the tool’s questions for your manager to prepare.',
    questionsHeading: 'Questions your manager can prepare',
    whenHeading: 'Time',
    date: 'Date',
    time: 'Time of day',
    startInvalid: 'Choose a valid date and time.',
    startInPast: 'That time has already passed.',
    previewHeading: 'What the appointment will say',
    previewSubject: 'Subject',
    previewWhen: 'When',
    previewLocation: 'Location',
    fill: 'Fill in the appointment',
    filling: 'Filling in …',
    filled: 'The appointment is filled in. Check it and press Send when you are ready.',
    followUpHeading: 'Follow-up',
    followUpIntro: 'Agree when you will follow up, and book it as a shared appointment in the calendar. The tool suggests:',
    firstDates: 'The first dates',
    seriesHowTo:
      'To make the follow-up a series in Outlook: create a new appointment with your manager, choose Make Recurring (Repeat) at the top of the appointment, and pick the pattern above ending on {end}. Then open Lederdialog in the new series and press “Set the recurrence”, and we fill in the pattern for you.',
    setRecurrence: 'Set the recurrence',
    recurrenceSet: 'The recurrence is set. Check the series and press Send.',
    recurrenceNeedsSeries: 'This appointment is not a series yet. First choose Make Recurring in Outlook (see above).',
    recurrenceUnsupported: 'Your version of Outlook does not let add-ins set recurrences. Set the pattern yourself with Make Recurring.',
    notInOutlook: 'Lederdialog must be opened from a calendar appointment in Outlook.',
    dialogueSubject: 'Dialogue with your manager: {name}',
    locationHint: 'A meeting room or another quiet place for the dialogue',
    leaderNameMissing: "Type your manager's name.",
    leaderCannotBeInvited: '{name} has no valid email address, so Outlook cannot invite them. Type the email address.',
    fieldNames: {
      subject: 'the subject',
      start: 'the start time',
      end: 'the end time',
      requiredAttendees: 'the required attendees',
      body: 'the meeting text (the agenda)',
      location: 'the location',
      recurrence: 'the recurrence',
    },
    fillFailed: 'Outlook could not fill in {field}: {detail}',
    fillAlreadyDone: 'Already filled in: {fields}.',
    fillNothingDone: 'Nothing was filled in.',
    fillTryAgain: 'Try again, or correct the field in Outlook.',
  },
};
