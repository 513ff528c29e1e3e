/**
 * The agendas that go into the calendar invitations to the nearest leader: the 45-minute dialogue
 * and the follow-ups. One model per agenda is rendered twice, as HTML (the event body) and as plain
 * text (the preview in the app), so the two cannot drift apart.
 *
 * The agenda is in the contract's language (the caller passes that language's content). All user
 * text is HTML-escaped and clipped; links are accepted only as http(s).
 */
import type { ToolContent } from '../content/types';
import { CADENCE_LABELS } from './cadence';
import { escapeHtml } from './html';
import { safeWebUrl } from './links';
import type { LocalizedText } from './localized';
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

const labels = {
  dialogueTitle: {
    da: 'Dialog om min ledelsesopgave og mit psykiske arbejdsmiljø',
    en: 'Dialogue about my leadership role and my psychosocial work environment',
  },
  followUpTitle: { da: 'Opfølgning på vores aftaler', en: 'Follow-up on our agreements' },
  tool: { da: 'Vi bruger værktøjet', en: 'We are using the tool' },
  // The tool's title in the language's own quotation marks: „…“ in Danish, “…” in English.
  quotedTitle: { da: '„{title}“', en: '“{title}”' },
  minutes: { da: 'Vi har 45 minutter.', en: 'We have 45 minutes.' },
  points: { da: 'Mine punkter til dialogen', en: 'My points for the dialogue' },
  // The tool's "Bed din leder forberede sig på en dialog om dine mål, dit ledelsesrum og din egen
  // trivsel som leder. Vis eventuelt de spørgsmål …", said to the nearest leader in the first person.
  prepare: {
    da: 'Jeg vil gerne bede dig forberede dig på en dialog om mine mål, mit ledelsesrum og min egen trivsel som leder.',
    en: 'Please prepare for a dialogue about my goals, my leadership latitude and my own wellbeing as a leader.',
  },
  questions: { da: 'Spørgsmål, jeg selv forbereder mig på', en: 'The questions I am preparing for' },
  noPoints: { da: 'Jeg tager mine punkter med til mødet.', en: 'I will bring my points to the meeting.' },
  contractLink: { da: 'Se min lederaftale', en: 'See my leader agreement' },
  // The worked example's "Vi følger op på hvordan det går …".
  howIsItGoing: {
    da: 'Vi følger op på, hvordan det går med de aftaler, vi har lavet sammen: Holder de? Skal noget justeres?',
    en: 'We follow up on how the agreements we made together are going: Are they working? Does anything need adjusting?',
  },
  leaderAgreements: { da: 'Vores aftaler', en: 'Our agreements' },
  noLeaderAgreements: { da: 'Vi har endnu ingen fælles aftaler – lad os lave dem.', en: 'We have no joint agreements yet – let us make them.' },
  followUp: { da: 'Opfølgning', en: 'Follow-up' },
} satisfies Record<string, LocalizedText>;

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
  return followUp === '' ? { text: clipText(a.text) } : { text: clipText(a.text), detail: `${labels.followUp[locale]}: ${followUp}` };
}

function withLink(agenda: Agenda, label: LocalizedText, options: AgendaOptions, content: ToolContent): Agenda {
  const url = safeWebUrl(options.contractLink);
  return url ? { ...agenda, link: { label: label[content.locale], url } } : agenda;
}

function dialogueAgenda(contract: Contract, content: ToolContent, options: AgendaOptions): Agenda {
  const locale = content.locale;
  // What the nearest leader sees is the shared contract, nothing more.
  const shared = buildSharePreview(contract);
  const points = shared.preparation.points.map((p) => ({ text: clipText(p) }));
  const questions = chosenQuestions(shared.preparation.questionsForLeader, content).map((q) => ({ text: q.text }));
  const sections: AgendaSection[] = [
    { heading: content.purpose.heading.replace(/:\s*$/, ''), text: content.purpose.text, items: [] },
    { heading: labels.points[locale], items: points, ordered: true, emptyText: labels.noPoints[locale] },
  ];
  if (questions.length > 0) sections.push({ heading: labels.questions[locale], items: questions });
  return withLink(
    {
      title: labels.dialogueTitle[locale],
      lead: [`${labels.tool[locale]} ${labels.quotedTitle[locale].replace('{title}', content.toolTitle)}. ${labels.minutes[locale]}`, labels.prepare[locale]],
      sections,
    },
    labels.contractLink,
    options,
    content,
  );
}

function followUpAgenda(contract: Contract, content: ToolContent, options: AgendaOptions): Agenda {
  const locale = content.locale;
  const shared = buildSharePreview(contract);
  return withLink(
    {
      title: labels.followUpTitle[locale],
      lead: [labels.howIsItGoing[locale]],
      sections: [
        {
          heading: labels.leaderAgreements[locale],
          items: shared.leaderAgreements.filter((a) => a.text.trim() !== '').map((a) => agreementItem(a, content)),
          emptyText: labels.noLeaderAgreements[locale],
        },
      ],
    },
    labels.contractLink,
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
