/**
 * The one chat message that tells the nearest leader the contract is shared: an Adaptive Card with
 * the title, the dialogue's time, where it is, and two buttons — open the contract in Lederdialog
 * (Teams deep link) and in Word (the .docx webUrl).
 *
 * An Adaptive Card is data, not HTML, so nothing needs HTML escaping; but TextBlock and FactSet
 * text is rendered as a markdown subset, so user text (the free-text place) has its markdown
 * characters escaped, and only http(s) links become buttons.
 */
import { formatLongDate } from '../../../domain/dateFormats';
import { formatTime } from '../../../domain/timeOfDay';
import { safeWebUrl } from '../../../domain/links';
import type { Locale } from '../../../content/types';
import { clipText } from '../../../domain/agenda';
import { engineStrings } from './engineStrings';
import { localAsDate } from './times';

/**
 * Backslash-escape what the Adaptive Card markdown subset would turn into a link or emphasis, so
 * user text stays text: `[x](url)` never becomes a link, `*x*` never bold. A leading "1." or "-"
 * (a list) is escaped too. Used for user text only; the app's own labels and dates need none.
 */
export function escapeCardMarkdown(value: string): string {
  return value
    .replace(/[\\`*_[\]()<>~]/g, (ch) => `\\${ch}`)
    .replace(/^(\s*)(\d+)\./, '$1$2\\.')
    .replace(/^(\s*)([-+#])/, '$1\\$2');
}

/** "torsdag den 3. december 2026 kl. 10.00" / "Thursday 3 December 2026, 10:00". */
export function formatMeetingTime(localStart: string, locale: Locale): string {
  const date = localAsDate(localStart);
  return locale === 'da' ? `${formatLongDate(date, locale)} ${formatTime(date, locale)}` : `${formatLongDate(date, locale)}, ${formatTime(date, locale)}`;
}

export interface ShareCardInput {
  locale: Locale;
  /** Local wall-clock start of the dialogue. */
  start: string;
  room?: string;
  place?: string;
  /** The chosen follow-ups' labels ("Kort dialog hver 14. dag"). */
  followUps: string[];
  appLink?: string;
  wordLink?: string;
}

export function buildShareCard(input: ShareCardInput): { adaptiveCard: Record<string, unknown>; summary: string } {
  const { locale } = input;
  const words = engineStrings[locale];
  const card = words.card;
  const facts: { title: string; value: string }[] = [{ title: card.when, value: formatMeetingTime(input.start, locale) }];
  const where = [input.room, input.place].map((s) => (s ?? '').trim()).filter((s) => s !== '');
  facts.push({
    title: card.where,
    value: where.length > 0 ? `${escapeCardMarkdown(clipText(where.join(', '), 200))} · ${card.teams}` : card.teams,
  });
  if (input.followUps.length > 0) facts.push({ title: words.followUp, value: input.followUps.join('; ') });

  const actions: Record<string, unknown>[] = [];
  const app = safeWebUrl(input.appLink);
  const word = safeWebUrl(input.wordLink);
  if (app) actions.push({ type: 'Action.OpenUrl', title: card.openApp, url: app });
  if (word) actions.push({ type: 'Action.OpenUrl', title: card.openWord, url: word });

  return {
    adaptiveCard: {
      type: 'AdaptiveCard',
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      version: '1.4',
      lang: locale,
      body: [
        { type: 'TextBlock', text: words.myAgreement, weight: 'Bolder', size: 'Large', wrap: true },
        { type: 'TextBlock', text: card.intro, wrap: true },
        { type: 'FactSet', facts },
      ],
      actions,
    },
    summary: card.summary,
  };
}
