/**
 * The words for the nearest leader's part as the leader reads it (step 2, step 3, follow-up, the
 * dialogue panel) and for the quiet notice after a change. {name} and {date} are filled with
 * fillTemplate; the notice's sentence is built by partNewsText, so counts read naturally.
 */
import type { Locale } from '../../content/types';
import type { PartNews } from '../../domain/nearestLeaderPart';

export interface PartStrings {
  heading: string;
  headingNoName: string;
  agreements: string;
  signed: string;
  followUp: string;
  comments: string;
  commentSigned: string;
  accepted: string;
  changed: string;
  notAccepted: string;
  nothing: string;
  noticeLink: string;
  noticeDismiss: string;
  ownContract: string;
  ownContractOpen: string;
}

export const partStrings: Record<Locale, PartStrings> = {
  da: {
    heading: 'Fra {name}',
    headingNoName: 'Fra din nærmeste leder',
    agreements: 'Aftaler tilføjet af {name}',
    signed: 'Tilføjet af {name} den {date}',
    followUp: 'Opfølgning:',
    comments: 'Kommentarer fra {name}',
    commentSigned: '{name}, {date}',
    accepted: 'Accepteret af {name} den {date}',
    changed: 'Ændret efter accept: {name} accepterede en tidligere version den {date}.',
    notAccepted: 'Ikke accepteret endnu',
    nothing: 'Din nærmeste leder har ikke tilføjet noget endnu.',
    noticeLink: 'Se det i din lederkontrakt',
    noticeDismiss: 'Luk beskeden',
    ownContract: 'Det er din egen lederaftale. Her er, hvad din nærmeste leder har tilføjet.',
    ownContractOpen: 'Åbn din lederkontrakt',
  },
  en: {
    heading: 'From {name}',
    headingNoName: 'From your manager',
    agreements: 'Agreements added by {name}',
    signed: 'Added by {name} on {date}',
    followUp: 'Follow-up:',
    comments: 'Comments from {name}',
    commentSigned: '{name}, {date}',
    accepted: 'Accepted by {name} on {date}',
    changed: 'Changed after acceptance: {name} accepted an earlier version on {date}.',
    notAccepted: 'Not accepted yet',
    nothing: 'Your manager has not added anything yet.',
    noticeLink: 'See it in your leader agreement',
    noticeDismiss: 'Dismiss the message',
    ownContract: 'This is your own leader agreement. Here is what your manager has added.',
    ownContractOpen: 'Open your leader agreement',
  },
};

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Lars Nielsen har tilføjet 1 aftale og er enig." / "Lars Nielsen added 1 agreement and agrees." */
export function partNewsText(news: PartNews, locale: Locale): string {
  const name = news.name || (locale === 'da' ? 'Din nærmeste leder' : 'Your manager');
  const added =
    locale === 'da'
      ? [news.agreements ? count(news.agreements, 'aftale', 'aftaler') : '', news.comments ? count(news.comments, 'kommentar', 'kommentarer') : ''].filter(
          Boolean,
        )
      : [news.agreements ? count(news.agreements, 'agreement', 'agreements') : '', news.comments ? count(news.comments, 'comment', 'comments') : ''].filter(
          Boolean,
        );
  if (locale === 'da') {
    if (!added.length) return `${name} er enig i aftalen.`;
    return `${name} har tilføjet ${added.join(' og ')}${news.accepted ? ' og er enig' : ''}.`;
  }
  if (!added.length) return `${name} agrees to the agreement.`;
  return `${name} added ${added.join(' and ')}${news.accepted ? (added.length > 1 ? ', and agrees' : ' and agrees') : ''}.`;
}
