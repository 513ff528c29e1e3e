/**
 * What a follow-up series is checked against before it is booked: the leader's and the nearest
 * leader's busy times (Graph free/busy, which shows when, not what) and the Danish public holidays,
 * over one window. Fetched again only when the window's days or the people change.
 */
import type { Locale } from '../../content/types';
import type { BusySpan, PublicHoliday } from '../../domain/followUpClashes';
import type { GraphClient } from '../../graph/client';
import { getBusyTimes } from '../../graph/schedule';
import { useAsync } from '../../ui/useAsync';
import { answerStatus, type AnswerStatus } from './answerStatus';
import { danishPublicHolidays } from './publicHolidays';

export type ClashData = AnswerStatus<{ busy: BusySpan[]; holidays: PublicHoliday[] }>;

export interface ClashDataInput {
  graph: GraphClient;
  leaderMail: string | undefined;
  nearestLeaderMail: string | undefined;
  from: Date;
  to: Date;
  /** The mailbox's zone: the series' wall-clock. */
  timeZone: string;
  locale: Locale;
}

export function useClashData({ graph, leaderMail, nearestLeaderMail, from, to, timeZone, locale }: ClashDataInput): ClashData {
  const fromMs = from.getTime();
  const toMs = to.getTime();
  const answer = useAsync(async () => {
    const mails = [leaderMail, nearestLeaderMail].filter((m): m is string => !!m);
    const years: number[] = [];
    for (let y = new Date(fromMs).getFullYear(); y <= new Date(toMs).getFullYear(); y += 1) years.push(y);
    const [schedules, holidays] = await Promise.all([
      mails.length ? getBusyTimes(graph, mails, new Date(fromMs), new Date(toMs), timeZone) : Promise.resolve([]),
      danishPublicHolidays(years, locale),
    ]);
    const busy: BusySpan[] = [];
    for (const s of schedules) {
      const who = s.mail === leaderMail ? 'leader' : 'nearestLeader';
      for (const b of s.busy) busy.push({ who, ...b });
    }
    return { busy, holidays };
  }, [graph, leaderMail, nearestLeaderMail, fromMs, toMs, timeZone, locale]);
  return answerStatus(answer, locale, (found) => found);
}
