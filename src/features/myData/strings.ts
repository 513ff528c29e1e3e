/**
 * The words of "Mine data", Danish and English. Place names and the export's README live in
 * src/domain/myDataExport.ts (the export uses them too). Placeholders {name} via fillTemplate.
 */
import type { Locale } from '../../content/types';
import type { DataItemKind, DataPlace } from '../../domain/myData';
import type { DeletionAction } from '../../domain/myDataDeletion';
import type { LocalRecordKind } from '../../store/localData';

export interface MyDataStrings {
  heading: string;
  /** This browser's storage could not be cleared (a deletion step). */
  localClearFailed: string;
  intro: string;
  privacyLink: string;
  connecting: string;
  looking: string;
  tryAgain: string;
  empty: string;
  lookFailed: string;
  foundByLooking: string;
  foundByLookingHint: string;
  columnItem: string;
  columnDate: string;
  columnOpen: string;
  exportHeading: string;
  exportText: string;
  exportButton: string;
  exporting: string;
  exported: string;
  exportFailed: string;
  deleteHeading: string;
  deleteText: string;
  deleteAll: string;
  deleteContract: string;
  previewHeadingAll: string;
  previewHeadingContract: string;
  cancelMessageLabel: string;
  cancelMessageDefault: string;
  confirmLabel: string;
  confirmButton: string;
  close: string;
  recycleBin: string;
  progressHeading: string;
  done: string;
  doneWithFailures: string;
  runAgain: string;
  startOver: string;
  nothingToDelete: string;
  contractLabel: string;
  stepStatus: Record<'pending' | 'running' | 'done' | 'failed' | 'skipped', string>;
  placeWho: Record<DataPlace, string>;
  kinds: Record<DataItemKind, string>;
  local: Record<LocalRecordKind, string>;
  actions: Record<DeletionAction, string>;
  open: Record<DataPlace, string>;
}

export const myDataStrings: Record<Locale, MyDataStrings> = {
  da: {
    heading: 'Mine data',
    localClearFailed: 'Browserens lager kunne ikke ryddes. Luk andre faner med Lederdialog, og prøv igen.',
    intro:
      'Her er alt, hvad Lederdialog har oprettet eller gemmer for dig – i denne browser og i din egen Microsoft 365 – med et link og en dato. Du kan hente det hele som én fil og slette det, for én aftale eller det hele.',
    privacyLink: 'Læs om privatliv: hvad gemmes hvor, og hvem kan se det',
    connecting: 'Forbinder til Microsoft 365 …',
    looking: 'Leder i OneDrive, kalenderen, To Do og denne browser …',
    tryAgain: 'Prøv igen',
    empty: 'Lederdialog har ikke gemt noget for dig.',
    lookFailed: 'Der kunne ikke kigges i: {place}.',
    foundByLooking: 'Fundet ved at kigge',
    foundByLookingHint: 'Ikke i appens optegnelser – fx efterladt af en afbrudt booking.',
    columnItem: 'Hvad',
    columnDate: 'Dato',
    columnOpen: 'Åbn',
    exportHeading: 'Hent dine data',
    exportText:
      'Én .zip-fil med alle aftaler (JSON og Word), dine private noter, opfølgningshistorikken som CSV og en LÆS MIG-fil. Filen laves i din browser; intet sendes andre steder hen.',
    exportButton: 'Hent alt som .zip',
    exporting: 'Samler filen …',
    exported: 'Filen {file} er hentet ({count} filer).',
    exportFailed: 'Filen kunne ikke laves: {message}',
    deleteHeading: 'Slet',
    deleteText:
      'Slet én aftale eller det hele. Du ser først præcis, hvad der slettes. Dialogen og opfølgningerne aflyses med en besked til din nærmeste leder. Mapper og filer i OneDrive lægges i OneDrives papirkurv, hvor du kan gendanne dem, til papirkurven tømmes.',
    deleteAll: 'Slet alt …',
    deleteContract: 'Slet denne aftale …',
    previewHeadingAll: 'Det her slettes: alt',
    previewHeadingContract: 'Det her slettes: aftalen {contract}',
    cancelMessageLabel: 'Besked til din nærmeste leder med aflysningen',
    cancelMessageDefault: 'Jeg har slettet mine data i Lederdialog. Derfor er vores dialog og opfølgningerne aflyst. Vi kan aftale en ny tid direkte.',
    confirmLabel: 'Skriv „{word}“ for at bekræfte',
    confirmButton: 'Slet nu',
    close: 'Luk',
    recycleBin: 'Mapper og filer i OneDrive ligger i papirkurven i OneDrive, indtil den tømmes (normalt 93 dage).',
    progressHeading: 'Sletning',
    done: 'Færdig. Alt på listen er slettet.',
    doneWithFailures: 'Noget kunne ikke slettes. Kør sletningen igen: den gør færdigt det, der mangler, og springer over det, der allerede er væk.',
    runAgain: 'Kør sletningen igen',
    startOver: 'Start forfra',
    nothingToDelete: 'Der er intet at slette.',
    contractLabel: 'Aftale {period}',
    stepStatus: { pending: 'Venter', running: 'I gang', done: 'Færdig', failed: 'Fejlede', skipped: 'Springes over' },
    placeWho: {
      browser: 'Kun på denne computer, i denne browser.',
      oneDrive: 'I din OneDrive. Du og – for aftalemapperne – din nærmeste leder, når du har delt dem.',
      appFolder: 'I din OneDrive, i appens egen mappe. Kun dig.',
      calendar: 'I din Outlook-kalender. Dig og de inviterede.',
      todo: 'I din Microsoft To Do. Kun dig.',
      sharing: 'Hvem du har delt aftalemapperne med.',
      chat: 'I jeres 1:1-chat i Teams. Dig og din nærmeste leder.',
      meetingTab: 'I mødechatten i Teams. Alle i mødet.',
    },
    kinds: {
      localRecord: 'Browserdata',
      contractFolder: 'Aftalemappe',
      contractFile: 'Fil',
      privateNotes: 'Private noter',
      dialogueEvent: 'Dialogen (Teams-møde)',
      followUpSeries: 'Opfølgningsserie',
      reminderEvent: 'Påmindelse i kalenderen',
      todoTask: 'To Do-opgave',
      permission: 'Delt med',
      chatMessage: 'Kortet i chatten',
      meetingTab: 'Appen og fanen i mødechatten',
    },
    local: {
      draft: 'Kladden: noter, aftale og hvor du er nået til',
      backups: 'Sikkerhedskopier af kladden (op til 10)',
      journal: 'Det sidst skrevne, som ikke er nået at blive gemt endnu',
      openedContracts: 'Aftaler, du har åbnet (til „Delt med mig“)',
      hiddenShared: 'Aftaler, du har fjernet fra „Delt med mig“',
      archive: 'Tidligere perioder',
      followUpBase: 'Opfølgningens seneste gemte udgave',
      followUpPending: 'Opfølgning, der venter på at blive gemt',
      followUpConflicts: 'Uafklarede samtidige ændringer',
      demoUser: 'Valgt demobruger',
      other: 'Andre data fra Lederdialog',
    },
    actions: {
      cancelMeeting: 'Aflyses med besked til din nærmeste leder',
      deleteEvent: 'Slettes fra kalenderen',
      deleteTask: 'Slettes fra To Do',
      deleteChatMessage: 'Slettes fra chatten (Teams viser „beskeden er slettet“)',
      revokeSharing: 'Delingen stoppes',
      deleteDriveItem: 'Slettes (til OneDrives papirkurv)',
      withFolder: 'Slettes sammen med mappen',
      clearLocal: 'Ryddes i denne browser',
      stays: 'Bliver: mødechatten hører til mødet. Fjern selv fanen i Teams, hvis du vil.',
    },
    open: {
      browser: '',
      oneDrive: 'Åbn i OneDrive',
      appFolder: 'Åbn i OneDrive',
      calendar: 'Åbn i Outlook',
      todo: 'Åbn i To Do',
      sharing: 'Åbn i OneDrive',
      chat: 'Åbn i Teams',
      meetingTab: 'Åbn i Teams',
    },
  },
  en: {
    heading: 'My data',
    localClearFailed: "The browser's storage could not be cleared. Close other tabs with Lederdialog and try again.",
    intro:
      'Everything Lederdialog has created or keeps for you – in this browser and in your own Microsoft 365 – with a link and a date. You can download it all as one file, and delete it, for one agreement or everything.',
    privacyLink: 'Read about privacy: what is stored where, and who can see it',
    connecting: 'Connecting to Microsoft 365 …',
    looking: 'Looking in OneDrive, the calendar, To Do and this browser …',
    tryAgain: 'Try again',
    empty: 'Lederdialog has stored nothing for you.',
    lookFailed: 'Could not look in: {place}.',
    foundByLooking: 'Found by looking',
    foundByLookingHint: "Not in the app's records – e.g. left by an interrupted booking.",
    columnItem: 'What',
    columnDate: 'Date',
    columnOpen: 'Open',
    exportHeading: 'Download your data',
    exportText:
      'One .zip file with every agreement (JSON and Word), your private notes, the follow-up history as CSV and a README. The file is made in your browser; nothing is sent anywhere else.',
    exportButton: 'Download everything as .zip',
    exporting: 'Putting the file together …',
    exported: 'The file {file} was downloaded ({count} files).',
    exportFailed: 'The file could not be made: {message}',
    deleteHeading: 'Delete',
    deleteText:
      "Delete one agreement or everything. You first see exactly what will be deleted. The dialogue and the follow-ups are cancelled with a message to your manager. Folders and files in OneDrive go to OneDrive's recycle bin, where you can restore them until the bin is emptied.",
    deleteAll: 'Delete everything …',
    deleteContract: 'Delete this agreement …',
    previewHeadingAll: 'This will be deleted: everything',
    previewHeadingContract: 'This will be deleted: the agreement {contract}',
    cancelMessageLabel: 'Message to your manager with the cancellation',
    cancelMessageDefault: 'I have deleted my data in Lederdialog, so our dialogue and the follow-ups are cancelled. We can agree on a new time directly.',
    confirmLabel: 'Type "{word}" to confirm',
    confirmButton: 'Delete now',
    close: 'Close',
    recycleBin: "Folders and files from OneDrive are in OneDrive's recycle bin until it is emptied (usually 93 days).",
    progressHeading: 'Deleting',
    done: 'Done. Everything on the list has been deleted.',
    doneWithFailures: 'Some items could not be deleted. Run the deletion again: it finishes what is missing and skips what is already gone.',
    runAgain: 'Run the deletion again',
    startOver: 'Start over',
    nothingToDelete: 'There is nothing to delete.',
    contractLabel: 'Agreement {period}',
    stepStatus: { pending: 'Waiting', running: 'Working', done: 'Done', failed: 'Failed', skipped: 'Skipped' },
    placeWho: {
      browser: 'Only on this computer, in this browser.',
      oneDrive: 'In your OneDrive. You and – for the agreement folders – your manager once you share them.',
      appFolder: "In your OneDrive, in the app's own folder. Only you.",
      calendar: 'In your Outlook calendar. You and the invitees.',
      todo: 'In your Microsoft To Do. Only you.',
      sharing: 'Who you have shared the agreement folders with.',
      chat: 'In your 1:1 Teams chat. You and your manager.',
      meetingTab: 'In the Teams meeting chat. Everyone in the meeting.',
    },
    kinds: {
      localRecord: 'Browser data',
      contractFolder: 'Agreement folder',
      contractFile: 'File',
      privateNotes: 'Private notes',
      dialogueEvent: 'The dialogue (Teams meeting)',
      followUpSeries: 'Follow-up series',
      reminderEvent: 'Calendar reminder',
      todoTask: 'To Do task',
      permission: 'Shared with',
      chatMessage: 'The card in the chat',
      meetingTab: 'The app and tab in the meeting chat',
    },
    local: {
      draft: 'The draft: notes, agreement and where you are',
      backups: 'Backups of the draft (up to 10)',
      journal: 'What you typed last, not yet saved',
      openedContracts: 'Agreements you have opened (for "Shared with me")',
      hiddenShared: 'Agreements you removed from "Shared with me"',
      archive: 'Earlier periods',
      followUpBase: "The follow-up's last saved version",
      followUpPending: 'Follow-up waiting to be saved',
      followUpConflicts: 'Unresolved simultaneous changes',
      demoUser: 'Chosen demo user',
      other: 'Other Lederdialog data',
    },
    actions: {
      cancelMeeting: 'Cancelled with a message to your manager',
      deleteEvent: 'Deleted from the calendar',
      deleteTask: 'Deleted from To Do',
      deleteChatMessage: 'Deleted from the chat (Teams shows "this message was deleted")',
      revokeSharing: 'Sharing stopped',
      deleteDriveItem: "Deleted (to OneDrive's recycle bin)",
      withFolder: 'Deleted with its folder',
      clearLocal: 'Cleared in this browser',
      stays: 'Stays: the meeting chat belongs to the meeting. Remove the tab in Teams yourself if you wish.',
    },
    open: {
      browser: '',
      oneDrive: 'Open in OneDrive',
      appFolder: 'Open in OneDrive',
      calendar: 'Open in Outlook',
      todo: 'Open in To Do',
      sharing: 'Open in OneDrive',
      chat: 'Open in Teams',
      meetingTab: 'Open in Teams',
    },
  },
};
