/**
 * The task pane's own words, Danish and English. The tool's text (questions, invite items) comes
 * from src/content; these are the add-in's voice around it.
 */
import type { LocalizedText } from '../domain/localized';

export const paneTexts = {
  title: { da: 'Lederdialog', en: 'Lederdialog' },
  intro: {
    da: 'Udfyld aftalen med den 45 minutters dialog med din nærmeste leder: emne, tid, deltager, dagsorden og sted.',
    en: 'Fill in this appointment with the 45-minute dialogue with your manager: subject, time, attendee, agenda and place.',
  },
  leaderHeading: { da: 'Din nærmeste leder', en: 'Your manager' },
  leaderName: { da: 'Navn', en: 'Name' },
  leaderMail: { da: 'Mail', en: 'Email' },
  leaderMissing: {
    da: 'Skriv din nærmeste leders navn og mail, eller hent dem fra Microsoft 365.',
    en: "Type your manager's name and email, or fetch them from Microsoft 365.",
  },
  leaderMailInvalid: { da: 'Mailadressen ser ikke rigtig ud.', en: 'The email address does not look right.' },
  orgContactNote: {
    da: 'Din nærmeste leder er en ekstern kontakt: vedkommende kan få mødet, men ikke en Teams-chat.',
    en: 'Your manager is an external contact: they can get the meeting, but not a Teams chat.',
  },
  fetchFromM365: { da: 'Hent leder og lederaftale fra Microsoft 365', en: 'Fetch manager and leader agreement from Microsoft 365' },
  fetching: { da: 'Henter …', en: 'Fetching …' },
  noManager: {
    da: 'Der er ingen nærmeste leder registreret i jeres katalog. Skriv navn og mail selv.',
    en: 'No manager is registered in your directory. Type the name and email yourself.',
  },
  contractFound: { da: 'Lederaftalen fra din OneDrive bruges som dagsorden.', en: 'The leader agreement from your OneDrive is used as the agenda.' },
  noContract: {
    da: 'Ingen lederaftale endnu: dagsordenen bruger værktøjets spørgsmål, som din leder kan forberede sig på.',
    en: 'No leader agreement yet: the agenda uses the tool’s questions for your manager to prepare.',
  },
  questionsHeading: { da: 'Spørgsmål din leder kan forberede sig på', en: 'Questions your manager can prepare' },
  whenHeading: { da: 'Tidspunkt', en: 'Time' },
  date: { da: 'Dato', en: 'Date' },
  time: { da: 'Klokkeslæt', en: 'Time of day' },
  startInvalid: { da: 'Vælg en gyldig dato og et klokkeslæt.', en: 'Choose a valid date and time.' },
  startInPast: { da: 'Tidspunktet er allerede passeret.', en: 'That time has already passed.' },
  previewHeading: { da: 'Sådan bliver aftalen', en: 'What the appointment will say' },
  previewSubject: { da: 'Emne', en: 'Subject' },
  previewWhen: { da: 'Tid', en: 'When' },
  previewLocation: { da: 'Sted', en: 'Location' },
  fill: { da: 'Udfyld aftalen', en: 'Fill in the appointment' },
  filling: { da: 'Udfylder …', en: 'Filling in …' },
  filled: {
    da: 'Aftalen er udfyldt. Tjek den, og tryk Send, når du er klar.',
    en: 'The appointment is filled in. Check it and press Send when you are ready.',
  },
  followUpHeading: { da: 'Løbende opfølgning', en: 'Follow-up' },
  followUpIntro: {
    da: 'Aftal, hvornår I følger op, og book det som en fælles aftale i kalenderen. Værktøjet foreslår:',
    en: 'Agree when you will follow up, and book it as a shared appointment in the calendar. The tool suggests:',
  },
  firstDates: { da: 'De første datoer', en: 'The first dates' },
  seriesHowTo: {
    da: 'Sådan gør du opfølgningen til en serie i Outlook: opret en ny aftale med din leder, vælg Gentag (Gør til serie) øverst i aftalen, og vælg mønsteret ovenfor med slutdato {end}. Åbn så Lederdialog i den nye serie, og tryk „Sæt gentagelsen“, så udfylder vi mønsteret for dig.',
    en: 'To make the follow-up a series in Outlook: create a new appointment with your manager, choose Make Recurring (Repeat) at the top of the appointment, and pick the pattern above ending on {end}. Then open Lederdialog in the new series and press “Set the recurrence”, and we fill in the pattern for you.',
  },
  setRecurrence: { da: 'Sæt gentagelsen', en: 'Set the recurrence' },
  recurrenceSet: {
    da: 'Gentagelsen er sat. Tjek serien, og tryk Send.',
    en: 'The recurrence is set. Check the series and press Send.',
  },
  recurrenceNeedsSeries: {
    da: 'Denne aftale er ikke en serie endnu. Vælg først Gentag i Outlook (se ovenfor).',
    en: 'This appointment is not a series yet. First choose Make Recurring in Outlook (see above).',
  },
  recurrenceUnsupported: {
    da: 'Din version af Outlook lader ikke tilføjelsesprogrammer sætte gentagelser. Sæt mønsteret selv med Gentag.',
    en: 'Your version of Outlook does not let add-ins set recurrences. Set the pattern yourself with Make Recurring.',
  },
  notInOutlook: {
    da: 'Lederdialog skal åbnes fra en kalenderaftale i Outlook.',
    en: 'Lederdialog must be opened from a calendar appointment in Outlook.',
  },
} satisfies Record<string, LocalizedText>;

export type PaneTextId = keyof typeof paneTexts;
