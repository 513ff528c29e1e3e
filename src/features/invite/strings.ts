/**
 * The words of "Book and share" (step 3, after the preview), kept with the feature so the step's
 * chunk carries them and the first screen does not. Placeholders are {name}, filled with
 * fillTemplate from src/content/uiStrings.ts. Both languages have the same keys (a unit test says so).
 */
import type { Locale } from '../../content/types';
import type { BookingStep } from '../../domain/bookingPlan';
import type { StepStatus } from './engine';

export type ChecklistStatus = 'waiting' | StepStatus;

export interface InviteStrings {
  heading: string;
  intro: string;
  connecting: string;
  connectFailed: string;
  tryAgain: string;
  signedInAs: string;
  leader: {
    heading: string;
    loading: string;
    fromDirectory: string;
    none: string;
    chooseOther: string;
    keepDirectory: string;
    searchLabel: string;
    searchHint: string;
    searching: string;
    noResults: string;
    searchFailed: string;
    orgContact: string;
    picked: string;
    mailMissing: string;
  };
  time: {
    heading: string;
    intro: string;
    loading: string;
    none: string;
    failed: string;
    slotsLabel: string;
    chosen: string;
    manualHeading: string;
    manualDate: string;
    manualTime: string;
    useManual: string;
    manualMissing: string;
    manualInvalid: string;
    manualPast: string;
    orgContactHint: string;
    timeZone: string;
    roomLabel: string;
    noRoom: string;
    roomsUnavailable: string;
    askForRooms: string;
    adminLink: string;
    placeLabel: string;
    placeHint: string;
  };
  followUps: {
    heading: string;
    intro: string;
    custom: string;
    cadenceLabel: string;
    firstDateLabel: string;
    timeLabel: string;
    minutes: string;
    firstDates: string;
    until: string;
    needsDialogue: string;
    noDates: string;
    periodNote: string;
  };
  reminders: {
    heading: string;
    intro: string;
    kindLabel: string;
    todo: string;
    event: string;
    listHeading: string;
    none: string;
    weekdaysOnly: string;
    weekdaysOnlyHint: string;
  };
  share: {
    heading: string;
    intro: string;
    roleLabel: string;
    read: string;
    write: string;
    /** What read-only takes away, said once beside the choice. */
    readOnlyNote: string;
    pinInMeeting: string;
    pinInMeetingHint: string;
  };
  book: {
    /** After the "by hand" line when pinning needs an administrator's consent. */
    pinNeedsAdmin: string;
    button: string;
    running: string;
    checklistLabel: string;
    invalidHeading: string;
    earlierSteps: string;
    goToStep: string;
    partialHeading: string;
    partialIntro: string;
    retry: string;
    completeHeading: string;
    completeIntro: string;
    draftSafe: string;
  };
  steps: Record<BookingStep, string>;
  status: Record<ChecklistStatus, string>;
  links: {
    event: string;
    join: string;
    docx: string;
    folder: string;
    chat: string;
    app: string;
    opensInNewTab: string;
  };
  conflict: {
    title: string;
    body: string;
    keepMine: string;
    takeTheirs: string;
    theirsUnreadable: string;
  };
  change: {
    heading: string;
    current: string;
    moveHeading: string;
    move: string;
    moved: string;
    cancel: string;
    cancelTitle: string;
    cancelBody: string;
    cancelFollowUps: string;
    confirmCancel: string;
    keep: string;
    cancelled: string;
    working: string;
    /** Why the engine refused a change before asking Graph (engine/changeDialogue.ts ChangeProblem). */
    nothingBooked: string;
    badTime: string;
  };
}

export const inviteStrings: Record<Locale, InviteStrings> = {
  da: {
    heading: 'Book og del',
    intro:
      'Når forhåndsvisningen ser rigtig ud, kan appen booke dialogen og opfølgningerne, gemme lederaftalen i din OneDrive, dele den med din nærmeste leder og sende en besked i Teams. Intet sker, før du trykker på „Book og del“.',
    connecting: 'Forbinder til Microsoft 365 …',
    connectFailed: 'Appen kunne ikke forbinde til Microsoft 365.',
    tryAgain: 'Prøv igen',
    signedInAs: 'Logget ind som {name}',
    leader: {
      heading: 'Din nærmeste leder',
      loading: 'Henter din nærmeste leder fra organisationens katalog …',
      fromDirectory: 'Fra organisationens katalog',
      none: 'Der er ikke registreret en nærmeste leder for dig i organisationens katalog. Søg efter din leder herunder.',
      chooseOther: 'Vælg en anden',
      keepDirectory: 'Brug {name} fra kataloget',
      searchLabel: 'Søg efter din nærmeste leder',
      searchHint: 'Skriv et navn eller en mailadresse. Forslagene kommer, mens du skriver.',
      searching: 'Søger …',
      noResults: 'Ingen personer fundet. Prøv et andet navn.',
      searchFailed: 'Søgningen mislykkedes.',
      orgContact: '{name} er en ekstern kontakt. Din leder kan få mødet og filen, men ikke en Teams-chat.',
      picked: 'Valgt af dig',
      mailMissing: 'Personen har ingen mailadresse og kan ikke inviteres.',
    },
    time: {
      heading: 'Dialogen: 45 minutter',
      intro: 'Tider, hvor I begge er ledige i de kommende uger, inden for din arbejdstid.',
      loading: 'Finder ledige tider …',
      none: 'Der blev ikke fundet en ledig tid for jer begge. Vælg et tidspunkt selv herunder.',
      failed: 'De ledige tider kunne ikke hentes.',
      slotsLabel: 'Ledige tider',
      chosen: 'Valgt tidspunkt: {time}',
      manualHeading: 'Eller vælg et tidspunkt selv',
      manualDate: 'Dato',
      manualTime: 'Klokkeslæt',
      useManual: 'Brug dette tidspunkt',
      manualMissing: 'Udfyld både dato og klokkeslæt.',
      manualInvalid: 'Datoen eller klokkeslættet findes ikke. Vælg en dato i kalenderen og et klokkeslæt, fx 10.00.',
      manualPast: 'Tidspunktet er allerede passeret. Vælg et tidspunkt i fremtiden.',
      orgContactHint: 'Din leders kalender kan ikke ses, så tiderne er kun tjekket mod din egen kalender.',
      timeZone: 'Tidszone: {zone} (fra dine Outlook-indstillinger).',
      roomLabel: 'Et roligt lokale (valgfrit)',
      noRoom: 'Intet lokale',
      roomsUnavailable:
        'Lokaler kræver en administrators godkendelse i jeres organisation. Skriv et sted herunder, hvis I mødes fysisk, eller giv din IT-administrator linket:',
      askForRooms: 'Find et mødelokale',
      adminLink: 'godkendelse for administratoren',
      placeLabel: 'Eller et andet roligt sted',
      placeHint: 'Fx „Mit kontor“ eller „En gåtur“. Mødet er også et Teams-møde.',
    },
    followUps: {
      heading: 'Opfølgning',
      intro: 'Vælg, hvordan I følger op på aftalerne. Møderne bookes som faste serier med din nærmeste leder for hele aftaleperioden.',
      custom: 'Egen opfølgning',
      cadenceLabel: 'Hvor ofte',
      firstDateLabel: 'Første dato',
      timeLabel: 'Klokkeslæt',
      minutes: '{minutes} minutter',
      firstDates: 'De første datoer',
      until: 'Serien slutter {date}, når aftaleperioden slutter.',
      needsDialogue: 'Vælg først tidspunktet for dialogen, så foreslås de første datoer.',
      noDates: 'Ingen datoer inden aftaleperioden slutter.',
      periodNote: 'Aftaleperioden: {start} – {end}.',
    },
    reminders: {
      heading: 'Påmindelser om aftalerne med dig selv',
      intro: 'Hver aftale med dig selv, der har en fast opfølgning, får en gentagen påmindelse.',
      kindLabel: 'Påmindelse som',
      todo: 'Opgave i Microsoft To Do (anbefalet)',
      event: 'Privat påmindelse i din kalender',
      listHeading: 'Disse aftaler får en påmindelse:',
      none: 'Ingen af dine aftaler med dig selv har en fast opfølgning, så der oprettes ingen påmindelser. Du kan vælge en fast opfølgning i trin 2.',
      weekdaysOnly: 'Daglige påmindelser kun på hverdage (mandag–fredag)',
      weekdaysOnlyHint: 'Så du ikke bliver mindet om dit daglige tjek i weekenden, fx når du har aftalt „Jeg holder fri i weekenden“.',
    },
    share: {
      heading: 'Deling',
      intro: 'Din nærmeste leder får adgang til mappen med lederaftalen. Forhåndsvisningen ovenfor viser præcis, hvad din leder ser.',
      roleLabel: 'Din nærmeste leder må',
      read: 'Læse aftalen',
      write: 'Læse og redigere aftalen (må redigere)',
      readOnlyNote: 'Med kun læseadgang kan din nærmeste leder ikke kommentere, tilføje aftaler eller sige „Vi er enige“ – kun svare dig i chatten.',
      pinInMeeting: 'Fastgør Lederdialog i mødets chat, så I kan åbne aftalen under mødet',
      pinInMeetingHint:
        'Kræver, at en IT-administrator har godkendt appen i jeres organisation. Uden godkendelse bliver alt andet booket og delt, og du får at vide, hvordan appen tilføjes i hånden.',
    },
    book: {
      pinNeedsAdmin: 'Eller bed din IT-administrator om at godkende appen:',
      button: 'Book og del',
      running: 'Booker og deler …',
      checklistLabel: 'Fremskridt for Book og del',
      invalidHeading: 'Ret dette, før der kan bookes. Intet er booket endnu.',
      earlierSteps: 'I de tidligere trin:',
      goToStep: 'Gå til {step}',
      partialHeading: 'Noget lykkedes ikke',
      partialIntro: 'Det, der er gjort, er gemt. Tryk på „Prøv igen“ for at gøre resten færdigt – intet bliver lavet to gange.',
      retry: 'Prøv igen',
      completeHeading: 'Det hele er booket og delt',
      completeIntro: 'Her er det, der blev oprettet:',
      draftSafe: 'Din kladde er gemt lokalt og går ikke tabt.',
    },
    steps: {
      dialogue: 'Dialogen (45 minutter) i jeres kalendere',
      followUps: 'Opfølgningsmøderne',
      reminders: 'Påmindelser om aftalerne med dig selv',
      storage: 'Lederaftalen i din OneDrive (lederaftale.json og Lederaftale.docx)',
      privateNotes: 'Dine private noter i appens egen mappe (deles ikke)',
      share: 'Deling af mappen med din nærmeste leder',
      chat: 'Besked til din nærmeste leder i Teams',
    },
    status: {
      waiting: 'venter',
      running: 'i gang',
      done: 'færdig',
      unchanged: 'allerede gjort',
      skipped: 'springes over',
      failed: 'fejlede',
      conflict: 'konflikt – vælg version',
    },
    links: {
      event: 'Mødet i Outlook',
      join: 'Deltag i Teams-mødet',
      docx: 'Lederaftale.docx i Word',
      folder: 'Mappen i OneDrive',
      chat: 'Chatten med din nærmeste leder i Teams',
      app: 'Aftalen i Lederdialog',
      opensInNewTab: '(åbner i en ny fane)',
    },
    conflict: {
      title: 'Nogen har ændret lederaftalen',
      body: 'Filen i OneDrive er ændret, siden du sidst gemte den (måske af din nærmeste leder). Vælg, hvilken version der skal gælde. Intet overskrives, før du vælger.',
      keepMine: 'Behold min version',
      takeTheirs: 'Brug deres version',
      theirsUnreadable: 'Deres version kan ikke læses af appen, så kun din version kan bruges.',
    },
    change: {
      heading: 'Ændr den bookede dialog',
      current: 'Dialogen er booket til {time}.',
      moveHeading: 'Flyt mødet',
      move: 'Flyt mødet',
      moved: 'Mødet er flyttet til {time}. Det samme møde er opdateret; der er ikke lavet et nyt.',
      cancel: 'Aflys',
      cancelTitle: 'Aflys dialogen?',
      cancelBody: 'Din nærmeste leder får en aflysning. Lederaftalen i OneDrive bliver liggende.',
      cancelFollowUps: 'Aflys også opfølgningsmøderne',
      confirmCancel: 'Aflys mødet',
      keep: 'Behold mødet',
      cancelled: 'Dialogen er aflyst.',
      working: 'Opdaterer mødet …',
      nothingBooked: 'Der er endnu ikke booket en dialog, som kan ændres.',
      badTime: 'Vælg et gyldigt tidspunkt i fremtiden.',
    },
  },
  en: {
    heading: 'Book and share',
    intro:
      'When the preview looks right, the app can book the dialogue and the follow-ups, save the leader agreement in your OneDrive, share it with your manager and send a message in Teams. Nothing happens until you press "Book and share".',
    connecting: 'Connecting to Microsoft 365 …',
    connectFailed: 'The app could not connect to Microsoft 365.',
    tryAgain: 'Try again',
    signedInAs: 'Signed in as {name}',
    leader: {
      heading: 'Your manager',
      loading: "Looking up your manager in your organisation's directory …",
      fromDirectory: "From your organisation's directory",
      none: "No manager is registered for you in your organisation's directory. Search for your manager below.",
      chooseOther: 'Choose someone else',
      keepDirectory: 'Use {name} from the directory',
      searchLabel: 'Search for your manager',
      searchHint: 'Type a name or an email address. Suggestions appear as you type.',
      searching: 'Searching …',
      noResults: 'No people found. Try another name.',
      searchFailed: 'The search failed.',
      orgContact: '{name} is an external contact. Your manager can get the meeting and the file, but not a Teams chat.',
      picked: 'Chosen by you',
      mailMissing: 'This person has no email address and cannot be invited.',
    },
    time: {
      heading: 'The dialogue: 45 minutes',
      intro: 'Times when you are both free in the coming weeks, within your working hours.',
      loading: 'Finding free times …',
      none: 'No time was found when you are both free. Choose a time yourself below.',
      failed: 'The free times could not be fetched.',
      slotsLabel: 'Free times',
      chosen: 'Chosen time: {time}',
      manualHeading: 'Or choose a time yourself',
      manualDate: 'Date',
      manualTime: 'Time',
      useManual: 'Use this time',
      manualMissing: 'Fill in both the date and the time.',
      manualInvalid: 'That date or time does not exist. Pick a date in the calendar and a time, for example 10:00.',
      manualPast: 'That time has already passed. Choose a time in the future.',
      orgContactHint: "Your manager's calendar cannot be seen, so the times are checked against your own calendar only.",
      timeZone: 'Time zone: {zone} (from your Outlook settings).',
      roomLabel: 'A quiet room (optional)',
      noRoom: 'No room',
      roomsUnavailable:
        "Rooms need an administrator's approval in your organisation. Write a place below if you meet in person, or give your IT administrator the link:",
      askForRooms: 'Find a meeting room',
      adminLink: 'approval for the administrator',
      placeLabel: 'Or another quiet place',
      placeHint: 'For example "My office" or "A walk". The meeting is also a Teams meeting.',
    },
    followUps: {
      heading: 'Follow-up',
      intro: 'Choose how you will follow up on the agreements. The meetings are booked as recurring series with your manager for the whole agreement period.',
      custom: 'Your own follow-up',
      cadenceLabel: 'How often',
      firstDateLabel: 'First date',
      timeLabel: 'Time',
      minutes: '{minutes} minutes',
      firstDates: 'The first dates',
      until: 'The series ends on {date}, when the agreement period ends.',
      needsDialogue: 'Choose the time of the dialogue first; the first dates are then suggested.',
      noDates: 'No dates before the agreement period ends.',
      periodNote: 'Agreement period: {start} – {end}.',
    },
    reminders: {
      heading: 'Reminders of your agreements with yourself',
      intro: 'Each agreement with yourself that has a regular follow-up gets a recurring reminder.',
      kindLabel: 'Reminder as',
      todo: 'A task in Microsoft To Do (recommended)',
      event: 'A private reminder in your calendar',
      listHeading: 'These agreements get a reminder:',
      none: 'None of your agreements with yourself has a regular follow-up, so no reminders are made. You can choose one in step 2.',
      weekdaysOnly: 'Daily reminders on weekdays only (Monday to Friday)',
      weekdaysOnlyHint: 'So your daily check does not remind you at the weekend, for example when you have agreed “I keep my weekends free”.',
    },
    share: {
      heading: 'Sharing',
      intro: 'Your manager gets access to the folder with the leader agreement. The preview above shows exactly what your manager will see.',
      roleLabel: 'Your manager may',
      read: 'Read the agreement',
      write: 'Read and edit the agreement (may edit)',
      readOnlyNote: 'With read-only access your manager cannot comment, add agreements or say “We agree” – only reply to you in the chat.',
      pinInMeeting: 'Pin Lederdialog in the meeting chat, so you can open the agreement during the meeting',
      pinInMeetingHint:
        'Needs an IT administrator to have approved the app in your organisation. Without that approval everything else is booked and shared, and you are told how to add the app by hand.',
    },
    book: {
      pinNeedsAdmin: 'Or ask your IT administrator to approve the app:',
      button: 'Book and share',
      running: 'Booking and sharing …',
      checklistLabel: 'Progress of Book and share',
      invalidHeading: 'Fix this before booking. Nothing has been booked yet.',
      earlierSteps: 'In the earlier steps:',
      goToStep: 'Go to {step}',
      partialHeading: 'Something did not work',
      partialIntro: 'What was done is saved. Press "Try again" to finish the rest; nothing is made twice.',
      retry: 'Try again',
      completeHeading: 'Everything is booked and shared',
      completeIntro: 'This is what was created:',
      draftSafe: 'Your draft is saved locally and will not be lost.',
    },
    steps: {
      dialogue: 'The dialogue (45 minutes) in your calendars',
      followUps: 'The follow-up meetings',
      reminders: 'Reminders of your agreements with yourself',
      storage: 'The leader agreement in your OneDrive (lederaftale.json and Lederaftale.docx)',
      privateNotes: "Your private notes in the app's own folder (not shared)",
      share: 'Sharing the folder with your manager',
      chat: 'A message to your manager in Teams',
    },
    status: {
      waiting: 'waiting',
      running: 'in progress',
      done: 'done',
      unchanged: 'already done',
      skipped: 'skipped',
      failed: 'failed',
      conflict: 'conflict – choose a version',
    },
    links: {
      event: 'The meeting in Outlook',
      join: 'Join the Teams meeting',
      docx: 'Lederaftale.docx in Word',
      folder: 'The folder in OneDrive',
      chat: 'The chat with your manager in Teams',
      app: 'The agreement in Lederdialog',
      opensInNewTab: '(opens in a new tab)',
    },
    conflict: {
      title: 'Someone has changed the leader agreement',
      body: 'The file in OneDrive has changed since you last saved it (perhaps by your manager). Choose which version should apply. Nothing is overwritten until you choose.',
      keepMine: 'Keep my version',
      takeTheirs: 'Use their version',
      theirsUnreadable: 'The app cannot read their version, so only your version can be used.',
    },
    change: {
      heading: 'Change the booked dialogue',
      current: 'The dialogue is booked for {time}.',
      moveHeading: 'Move the meeting',
      move: 'Move the meeting',
      moved: 'The meeting has been moved to {time}. The same meeting was updated; no new one was made.',
      cancel: 'Cancel',
      cancelTitle: 'Cancel the dialogue?',
      cancelBody: 'Your manager gets a cancellation. The leader agreement stays in OneDrive.',
      cancelFollowUps: 'Also cancel the follow-up meetings',
      confirmCancel: 'Cancel the meeting',
      keep: 'Keep the meeting',
      cancelled: 'The dialogue has been cancelled.',
      working: 'Updating the meeting …',
      nothingBooked: 'No dialogue has been booked yet, so there is nothing to change.',
      badTime: 'Choose a valid time in the future.',
    },
  },
};
