/**
 * The words of the "Mine data" export (src/domain/myDataExport.ts), Danish and English: the file and
 * folder names in the zip, the CSV headings and values, and the README. Placeholders {name} are
 * filled with fillTemplate.
 */
import type { Locale } from '../content/types';
import type { ContractRole } from './model';
import type { DataPlace } from './myData';

export interface ExportNames {
  readme: string;
  inventory: string;
  contractsDir: string;
  browserDir: string;
  notes: string;
  followUpCsv: string;
  dailyCsv: string;
}

export interface MyDataExportStrings {
  names: ExportNames;
  followUpHead: string[];
  dailyHead: string[];
  yes: string;
  no: string;
  roles: Record<ContractRole, string>;
  places: Record<DataPlace, string>;
  /** The README, line by line; a {file} or {dir} is a path in the zip. */
  readme: {
    title: string;
    exported: string;
    madeHere: string;
    contents: string;
    itself: string;
    inventory: string;
    contractJson: string;
    contractDocx: string;
    notes: string;
    browserFile: string;
    followUpCsv: string;
    dailyCsv: string;
    counts: string;
    notIncluded: string;
  };
}

export const myDataExportStrings: Record<Locale, MyDataExportStrings> = {
  da: {
    names: {
      readme: 'LÆS MIG.txt',
      inventory: 'mine-data.json',
      contractsDir: 'aftaler',
      browserDir: 'browser',
      notes: 'private-noter.json',
      followUpCsv: 'opfoelgning.csv',
      dailyCsv: 'daglige-tjek.csv',
    },
    followUpHead: ['Aftale-id', 'Periode', 'Aftale', 'Dato', 'Status', 'Note', 'Registreret af', 'Rolle', 'Tidspunkt'],
    dailyHead: ['Aftale-id', 'Aftale', 'Dato', 'Overholdt', 'Tidspunkt'],
    yes: 'Ja',
    no: 'Nej',
    roles: { leader: 'Leder', nearestLeader: 'Nærmeste leder' },
    places: {
      browser: 'Denne browser',
      oneDrive: 'OneDrive: mappen Lederdialog',
      appFolder: 'OneDrive: appens egen mappe',
      calendar: 'Outlook-kalenderen',
      todo: 'Microsoft To Do',
      sharing: 'Deling i OneDrive',
      chat: 'Teams-chatten med din nærmeste leder',
      meetingTab: 'Teams-mødet: appen og fanen i mødechatten',
    },
    readme: {
      title: 'Lederdialog – dine data',
      exported: 'Eksporteret {date} for {name}.',
      madeHere: 'Filen er lavet i din browser. Intet er sendt andre steder hen end til din egen computer.',
      contents: 'Indhold:',
      itself: '- {file}: denne fil.',
      inventory: '- {file}: oversigt over alt, hvad appen har oprettet eller gemmer for dig – hvor det ligger, et link og en dato.',
      contractJson: '- {dir}/lederaftale.json: lederaftalen, som den er gemt (appens egen kilde).',
      contractDocx: '- {dir}/Lederaftale.docx: samme aftale som Word-dokument.',
      notes: '- {file}: dine private noter fra interviewguiden og figuren „hele vejen rundt“. De er aldrig delt med nogen.',
      browserFile: '- {file}: det, denne browser gemmer lokalt (kladde og tidligere perioder).',
      followUpCsv: '- {file}: opfølgningshistorikken, én linje pr. opfølgning (felter adskilt af „{separator}“, UTF-8).',
      dailyCsv: '- {file}: de daglige tjek af aftalerne med dig selv.',
      counts: 'Appen har oprettet eller gemmer (antal):',
      notIncluded: 'Ikke med i filen: møderne i kalenderen, opgaverne i To Do og beskeden i Teams-chatten – de står i oversigten med link.',
    },
  },
  en: {
    names: {
      readme: 'README.txt',
      inventory: 'my-data.json',
      contractsDir: 'agreements',
      browserDir: 'browser',
      notes: 'private-notes.json',
      followUpCsv: 'follow-up-history.csv',
      dailyCsv: 'daily-checks.csv',
    },
    followUpHead: ['Agreement id', 'Period', 'Agreement', 'Date', 'Status', 'Note', 'Recorded by', 'Role', 'Time'],
    dailyHead: ['Agreement id', 'Agreement', 'Date', 'Kept', 'Time'],
    yes: 'Yes',
    no: 'No',
    roles: { leader: 'Leader', nearestLeader: 'Manager' },
    places: {
      browser: 'This browser',
      oneDrive: 'OneDrive: the Lederdialog folder',
      appFolder: "OneDrive: the app's own folder",
      calendar: 'Outlook calendar',
      todo: 'Microsoft To Do',
      sharing: 'Sharing in OneDrive',
      chat: 'The Teams chat with your manager',
      meetingTab: 'The Teams meeting: the app and tab in the meeting chat',
    },
    readme: {
      title: 'Lederdialog – your data',
      exported: 'Exported {date} for {name}.',
      madeHere: 'This file was made in your browser. Nothing was sent anywhere but to your own computer.',
      contents: 'Contents:',
      itself: '- {file}: this file.',
      inventory: '- {file}: a list of everything the app has created or keeps for you – where it is, a link and a date.',
      contractJson: "- {dir}/lederaftale.json: the leader agreement as stored (the app's own source).",
      contractDocx: '- {dir}/Lederaftale.docx: the same agreement as a Word document.',
      notes: '- {file}: your private notes from the interview guide and the "all the way round" figure. They were never shared with anyone.',
      browserFile: '- {file}: what this browser keeps locally (the draft and earlier periods).',
      followUpCsv: '- {file}: the follow-up history, one line per follow-up (fields separated by "{separator}", UTF-8).',
      dailyCsv: '- {file}: the daily checks of the agreements with yourself.',
      counts: 'What the app has created or keeps (count):',
      notIncluded: 'Not in the file: the meetings in your calendar, the tasks in To Do and the message in the Teams chat – they are in the list with a link.',
    },
  },
};
