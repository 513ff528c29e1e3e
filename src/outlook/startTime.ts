/** The date and time inputs of the pane, as local wall-clock values ("2026-11-26", "13:30"). */
import { addDays, isoDate, parseIsoDate } from '../domain/dates';

export function timeOfDay(date: Date): string {
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

/** The start the inputs describe, or null if they do not make a real moment. */
export function startFrom(date: string, time: string): Date | null {
  const day = parseIsoDate(date);
  const match = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!day || !match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), hours, minutes);
}

/** When Outlook cannot tell the appointment's start: tomorrow at 10.00. */
export function fallbackStart(now: Date): Date {
  const tomorrow = addDays(now, 1);
  return new Date(tomorrow.getFullYear(), tomorrow.getMonth(), tomorrow.getDate(), 10, 0);
}

export function splitStart(start: Date): { date: string; time: string } {
  return { date: isoDate(start), time: timeOfDay(start) };
}
