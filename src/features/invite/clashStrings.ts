/** The words of the follow-up calendar check in step 3, Danish and English. */
import type { Locale } from '../../content/types';
import type { BusyKind } from '../../domain/followUpClashes';

export interface ClashStrings {
  heading: string;
  checking: string;
  clear: string;
  found(count: number): string;
  holiday(name: string): string;
  leader: Record<BusyKind, string>;
  nearestLeader(name: string, status: BusyKind): string;
  move(date: string): string;
  moveLabel(from: string, to: string): string;
  noMove: string;
  moved(date: string): string;
  undo: string;
  undoLabel(from: string): string;
  shift(days: number, date: string): string;
  noShift: string;
  failed(message: string): string;
}

export const clashStrings: Record<Locale, ClashStrings> = {
  da: {
    heading: 'Kalendere og helligdage',
    checking: 'Tjekker begge kalendere og helligdagene for de første tre måneder …',
    clear: 'Ingen sammenfald de første tre måneder: I er begge ledige, og intet møde falder på en helligdag.',
    found: (count) =>
      count === 1
        ? 'Et af møderne de første tre måneder falder sammen med fravær, en anden aftale eller en helligdag:'
        : `${count} af møderne de første tre måneder falder sammen med fravær, andre aftaler eller en helligdag:`,
    holiday: (name) => `helligdag (${name})`,
    leader: { oof: 'du er fraværende', busy: 'du er optaget', tentative: 'du har en foreløbig aftale', workingElsewhere: 'du arbejder et andet sted' },
    nearestLeader: (name, status) =>
      ({
        oof: `${name} er fraværende`,
        busy: `${name} er optaget`,
        tentative: `${name} har en foreløbig aftale`,
        workingElsewhere: `${name} arbejder et andet sted`,
      })[status],
    move: (date) => `Flyt til ${date}`,
    moveLabel: (from, to) => `Flyt mødet ${from} til ${to}`,
    noMove: 'Ingen ledig hverdag før næste møde.',
    moved: (date) => `flyttes til ${date}`,
    undo: 'Fortryd',
    undoLabel: (from) => `Fortryd flytningen af mødet ${from}`,
    shift: (days, date) => `Ryk hele serien ${days === 1 ? 'en dag' : `${days} dage`} (første møde ${date})`,
    noShift: 'Serien kan ikke rykkes op til to uger uden sammenfald; flyt de enkelte møder i stedet.',
    failed: (message) => `Kalenderne kunne ikke tjekkes (${message}). Du kan stadig booke.`,
  },
  en: {
    heading: 'Calendars and public holidays',
    checking: 'Checking both calendars and the public holidays for the first three months …',
    clear: 'No clashes in the first three months: you are both free, and no meeting falls on a public holiday.',
    found: (count) =>
      count === 1
        ? 'One of the meetings in the first three months clashes with an absence, another meeting or a public holiday:'
        : `${count} of the meetings in the first three months clash with an absence, other meetings or a public holiday:`,
    holiday: (name) => `public holiday (${name})`,
    leader: { oof: 'you are away', busy: 'you are busy', tentative: 'you have a tentative meeting', workingElsewhere: 'you work elsewhere' },
    nearestLeader: (name, status) =>
      ({ oof: `${name} is away`, busy: `${name} is busy`, tentative: `${name} has a tentative meeting`, workingElsewhere: `${name} works elsewhere` })[status],
    move: (date) => `Move to ${date}`,
    moveLabel: (from, to) => `Move the meeting on ${from} to ${to}`,
    noMove: 'No free weekday before the next meeting.',
    moved: (date) => `moved to ${date}`,
    undo: 'Undo',
    undoLabel: (from) => `Undo moving the meeting on ${from}`,
    shift: (days, date) => `Shift the whole series by ${days === 1 ? 'one day' : `${days} days`} (first meeting ${date})`,
    noShift: 'The series cannot be shifted by up to two weeks without clashes; move single meetings instead.',
    failed: (message) => `The calendars could not be checked (${message}). You can still book.`,
  },
};
