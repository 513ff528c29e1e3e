/**
 * The agendas that go into the calendar invitations to the nearest leader: the 45-minute dialogue
 * and the follow-ups. One model per agenda is rendered twice, as HTML (the event body) and as plain
 * text (the preview in the app), so the two cannot drift apart.
 *
 * The agenda is in the contract's language (the caller passes that language's content). All user
 * text is HTML-escaped and clipped; links are accepted only as http(s).
 */
import { agendaStrings } from './agendaStrings';
import type { ToolContent } from '../content/types';
import { CADENCE_LABELS } from './cadence';
import { escapeHtml } from './html';
import { safeWebUrl } from './links';
import type { Agreement, Contract } from './model';
import { buildSharePreview, chosenQuestions } from './sharePreview';

/**
 * A ceiling per piece of user text. Validation stops long text before sharing; this is the last
 * guard, so a 100 000-character point can never make an event body Graph refuses.
 */
export const AGENDA_TEXT_MAX = 1000;

export interface AgendaOptions {
  /** The shared contract: its OneDrive webUrl or the app's deep link. */
  contractLink?: string;
}

interface AgendaItem {
  text: string;
  detail?: string;
}

interface AgendaSection {
  heading: string;
  /** A paragraph under the heading (the purpose). */
  text?: string;
  items: AgendaItem[];
  ordered?: boolean;
  /** Shown instead of the list when it is empty. */
  emptyText?: string;
}

interface Agenda {
  title: string;
  lead: string[];
  sections: AgendaSection[];
  link?: { label: string; url: string };
}

/** Clip without splitting a surrogate pair (an emoji must not become a broken character). */
export function clipText(text: string, max: number = AGENDA_TEXT_MAX): string {
  const trimmed = text.trim();
  if (trimmed.length <= max) return trimmed;
  let end = max;
  const code = trimmed.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${trimmed.slice(0, end).trimEnd()}…`;
}

function agreementItem(a: Agreement, content: ToolContent): AgendaItem {
  const locale = content.locale;
  const followUp = [clipText(a.followUp), a.cadence ? CADENCE_LABELS[a.cadence][locale] : ''].filter((s) => s !== '').join(' · ');
  return followUp === '' ? { text: clipText(a.text) } : { text: clipText(a.text), detail: `${agendaStrings[locale].followUp}: ${followUp}` };
}

function withLink(agenda: Agenda, options: AgendaOptions, content: ToolContent): Agenda {
  const url = safeWebUrl(options.contractLink);
  return url ? { ...agenda, link: { label: agendaStrings[content.locale].contractLink, url } } : agenda;
}

function dialogueAgenda(contract: Contract, content: ToolContent, options: AgendaOptions): Agenda {
  const locale = content.locale;
  // What the nearest leader sees is the shared contract, nothing more.
  const shared = buildSharePreview(contract);
  const points = shared.preparation.points.map((p) => ({ text: clipText(p) }));
  const questions = chosenQuestions(shared.preparation.questionsForLeader, content).map((q) => ({ text: q.text }));
  const sections: AgendaSection[] = [
    { heading: content.purpose.heading.replace(/:\s*$/, ''), text: content.purpose.text, items: [] },
    { heading: agendaStrings[locale].points, items: points, ordered: true, emptyText: agendaStrings[locale].noPoints },
  ];
  if (questions.length > 0) sections.push({ heading: agendaStrings[locale].questions, items: questions });
  return withLink(
    {
      title: agendaStrings[locale].dialogueTitle,
      lead: [
        `${agendaStrings[locale].tool} ${agendaStrings[locale].quotedTitle.replace('{title}', content.toolTitle)}. ${agendaStrings[locale].minutes}`,
        agendaStrings[locale].prepare,
      ],
      sections,
    },
    options,
    content,
  );
}

function followUpAgenda(contract: Contract, content: ToolContent, options: AgendaOptions): Agenda {
  const locale = content.locale;
  const shared = buildSharePreview(contract);
  return withLink(
    {
      title: agendaStrings[locale].followUpTitle,
      lead: [agendaStrings[locale].howIsItGoing],
      sections: [
        {
          heading: agendaStrings[locale].leaderAgreements,
          items: shared.leaderAgreements.filter((a) => a.text.trim() !== '').map((a) => agreementItem(a, content)),
          emptyText: agendaStrings[locale].noLeaderAgreements,
        },
      ],
    },
    options,
    content,
  );
}

// ---------------------------------------------------------------- rendering

function htmlText(text: string): string {
  return escapeHtml(text).replace(/\r?\n/g, '<br>');
}

function renderHtml(agenda: Agenda): string {
  const out: string[] = [`<h2>${htmlText(agenda.title)}</h2>`];
  for (const p of agenda.lead) out.push(`<p>${htmlText(p)}</p>`);
  for (const section of agenda.sections) {
    out.push(`<h3>${htmlText(section.heading)}</h3>`);
    if (section.text) out.push(`<p>${htmlText(section.text)}</p>`);
    if (section.items.length === 0) {
      if (section.emptyText) out.push(`<p>${htmlText(section.emptyText)}</p>`);
      continue;
    }
    const tag = section.ordered ? 'ol' : 'ul';
    const items = section.items.map((item) => `<li>${htmlText(item.text)}${item.detail ? `<br><em>${htmlText(item.detail)}</em>` : ''}</li>`);
    out.push(`<${tag}>${items.join('')}</${tag}>`);
  }
  if (agenda.link) out.push(`<p><a href="${escapeHtml(agenda.link.url)}">${htmlText(agenda.link.label)}</a></p>`);
  return `<div>${out.join('\n')}</div>`;
}

function renderText(agenda: Agenda): string {
  const out: string[] = [agenda.title, '', ...agenda.lead.flatMap((p) => [p, ''])];
  for (const section of agenda.sections) {
    out.push(section.heading);
    if (section.text) out.push(section.text);
    if (section.items.length === 0 && section.emptyText) out.push(section.emptyText);
    section.items.forEach((item, i) => {
      out.push(`${section.ordered ? `${i + 1}.` : '-'} ${item.text}`);
      if (item.detail) out.push(`   ${item.detail}`);
    });
    out.push('');
  }
  if (agenda.link) out.push(`${agenda.link.label}: ${agenda.link.url}`, '');
  return out.join('\n').trimEnd();
}

// ---------------------------------------------------------------- public

/** The 45-minute dialogue's invitation body (HTML), in the content's language. */
export function buildDialogueAgendaHtml(contract: Contract, content: ToolContent, options: AgendaOptions = {}): string {
  return renderHtml(dialogueAgenda(contract, content, options));
}

/** The same agenda as plain text, for the preview in step 3. */
export function buildDialogueAgendaText(contract: Contract, content: ToolContent, options: AgendaOptions = {}): string {
  return renderText(dialogueAgenda(contract, content, options));
}

/** A follow-up meeting's body (HTML): the "how is it going" check of the agreements with the nearest leader. */
export function buildFollowUpAgendaHtml(contract: Contract, content: ToolContent, options: AgendaOptions = {}): string {
  return renderHtml(followUpAgenda(contract, content, options));
}

export function buildFollowUpAgendaText(contract: Contract, content: ToolContent, options: AgendaOptions = {}): string {
  return renderText(followUpAgenda(contract, content, options));
}

/** The dialogue's event subject (plain text: Graph does not render HTML in subjects). */
export function dialogueSubject(content: ToolContent): string {
  return content.toolTitle;
}
