/** The words of ending the follow-ups with a shortened or ended period, Danish and English. */
import type { Locale } from '../../content/types';

export interface EndBookingsStrings {
  notice(date: string, series: number, reminders: number): string;
  endButton: string;
  confirmTitle: string;
  confirmBody(date: string): string;
  confirm: string;
  cancel: string;
  ending: string;
  ended(date: string): string;
  failed(message: string): string;
}

const count = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);

export const endBookingsStrings: Record<Locale, EndBookingsStrings> = {
  da: {
    notice: (date, series, reminders) =>
      `Aftaleperioden slutter nu ${date}, men ${[series ? count(series, 'mødeserie', 'mødeserier') : '', reminders ? count(reminders, 'påmindelse', 'påmindelser') : ''].filter(Boolean).join(' og ')} fortsætter efter den dato.`,
    endButton: 'Afslut dem med perioden',
    confirmTitle: 'Afslut opfølgningen med perioden?',
    confirmBody: (date) =>
      `Opfølgningsmøderne slutter ${date}, og din nærmeste leder får besked om ændringen. Dine påmindelser i To Do slutter samme dag. Møder og påmindelser før ${date} bliver, som de er.`,
    confirm: 'Ja, afslut dem',
    cancel: 'Nej, behold dem',
    ending: 'Afslutter møder og påmindelser …',
    ended: (date) => `Opfølgningsmøderne og påmindelserne slutter nu ${date}.`,
    failed: (message) => `Møderne og påmindelserne kunne ikke afsluttes (${message}). Prøv igen.`,
  },
  en: {
    notice: (date, series, reminders) =>
      `The agreement period now ends on ${date}, but ${[series ? count(series, 'meeting series', 'meeting series') : '', reminders ? count(reminders, 'reminder', 'reminders') : ''].filter(Boolean).join(' and ')} go on after that date.`,
    endButton: 'End them with the period',
    confirmTitle: 'End the follow-up with the period?',
    confirmBody: (date) =>
      `The follow-up meetings end on ${date}, and your manager is told of the change. Your reminders in To Do end on the same day. Meetings and reminders before ${date} stay as they are.`,
    confirm: 'Yes, end them',
    cancel: 'No, keep them',
    ending: 'Ending meetings and reminders …',
    ended: (date) => `The follow-up meetings and reminders now end on ${date}.`,
    failed: (message) => `The meetings and reminders could not be ended (${message}). Try again.`,
  },
};
