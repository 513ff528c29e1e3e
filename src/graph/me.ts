/** Who I am: the signed-in user, and the mailbox settings that decide when a dialogue can be. */
import type { MailboxSettings, User } from '@microsoft/microsoft-graph-types';
import { scopes } from '../auth/scopes';
import type { GraphClient } from './client';
import type { DayOfWeek, MailboxSettingsResult, Me } from './types';

export async function getMe(graph: GraphClient): Promise<Me> {
  const user = await graph.get<User>('/me?$select=id,displayName,mail,userPrincipalName,preferredLanguage', scopes.profile);
  return {
    id: user.id ?? '',
    displayName: user.displayName ?? user.userPrincipalName ?? '',
    mail: user.mail ?? user.userPrincipalName ?? undefined,
    userPrincipalName: user.userPrincipalName ?? '',
    preferredLanguage: user.preferredLanguage ?? undefined,
    kind: 'user',
  };
}

/** Danish defaults when a mailbox has no working hours set: Monday–Friday 08.00–16.00. */
const DEFAULT_DAYS: DayOfWeek[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];

/** `08:00:00.0000000` → `08:00` */
function hhmm(time: string | null | undefined, fallback: string): string {
  const match = /^(\d{2}):(\d{2})/.exec(time ?? '');
  return match ? `${match[1]}:${match[2]}` : fallback;
}

/**
 * Time zone and working hours (a 404/403 `MailboxNotEnabledForRESTAPI` surfaces as kind 'noMailbox').
 * Graph gives Windows zone names ("Romance Standard Time"); they are passed on as they are, since
 * findMeetingTimes and events take the same names.
 */
export async function getMailboxSettings(graph: GraphClient): Promise<MailboxSettingsResult> {
  const settings = await graph.get<MailboxSettings>('/me/mailboxSettings?$select=timeZone,workingHours', scopes.mailbox);
  const hours = settings.workingHours;
  const timeZone = settings.timeZone || hours?.timeZone?.name || 'UTC';
  return {
    timeZone,
    workingHours: {
      daysOfWeek: (hours?.daysOfWeek as DayOfWeek[] | undefined)?.length ? (hours?.daysOfWeek as DayOfWeek[]) : DEFAULT_DAYS,
      startTime: hhmm(hours?.startTime, '08:00'),
      endTime: hhmm(hours?.endTime, '16:00'),
      timeZone: hours?.timeZone?.name || timeZone,
    },
  };
}
