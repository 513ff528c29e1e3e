/**
 * The contract as a Word document (Lederaftale.docx): for people to read, print and keep.
 * The JSON (lederaftale.json) is the app's source of truth; this is rendered from it, in the
 * contract's language, with the tool's own headings and questions.
 *
 * Callers load this module lazily (`await import(...)`): the docx library is heavy and is never
 * part of the first screen.
 */
import { contractDocumentStrings } from './documentStrings';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { ContractField, Locale, ToolContent } from '../content/types';
import type { Agreement, Contract } from './model';
import { CADENCE_LABELS } from './cadence';
import { formatDate } from './dateFormats';
import { parseIsoDate } from './dates';
import { historyParagraphs } from './contractHistoryDocument';
import { isByNearestLeader, nearestLeaderPart, type NearestLeaderPart } from './nearestLeaderPart';
import { corePropertiesXml, documentStyles, pageNumberFooter } from './docxStyles';
import { xmlSafeDeep } from './xmlText';

/** What the document needs: the shared part of a contract (never private notes). */
export type DocumentContract = Pick<
  Contract,
  'locale' | 'leader' | 'nearestLeader' | 'period' | 'fields' | 'selfAgreements' | 'leaderAgreements' | 'updatedAt'
> &
  // The follow-up history (issue 8) is rendered after the fields when there is any; the id is
  // written as a custom property, so the file can be recognised as this contract's later.
  Partial<Pick<Contract, 'collaboration' | 'id'>>;

/**
 * Custom document property holding the contract id: when an upload's answer was lost, a retry
 * finds a Lederaftale.docx already there and must tell its own file from another contract's
 * (the bytes differ on every render, as Word stores the time of creation).
 */
export const CONTRACT_ID_PROPERTY = 'LederdialogContractId';

/** "26. november 2026" / "26 November 2026", from an ISO date or date-time. */
function longDate(iso: string, locale: Locale): string {
  const date = iso.length === 10 ? parseIsoDate(iso) : new Date(iso);
  return date ? formatDate(date, locale) : iso;
}

// Word keeps line breaks inside a run only as explicit breaks; split user text on newlines.
function textRuns(text: string, options: { italics?: boolean } = {}): TextRun[] {
  return text.split(/\r?\n/).map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0, italics: options.italics }));
}

const fill = (template: string, values: Record<string, string>): string => template.replace(/\{(\w+)\}/g, (m, key: string) => values[key] ?? m);

/** Every comment on a field that is still there, each signed with its author's name and date. */
function commentParagraphs(field: ContractField, contract: DocumentContract, locale: Locale): Paragraph[] {
  return (contract.collaboration?.comments ?? [])
    .filter((c) => c.field === field.id && !c.deletedAt && c.text.trim())
    .map(
      (c) =>
        new Paragraph({
          children: [
            new TextRun({
              text: `${fill(contractDocumentStrings[locale].comment, { name: c.by.displayName, date: longDate(c.editedAt ?? c.by.at, locale) })}: `,
              bold: true,
            }),
            ...textRuns(c.text.trim()),
          ],
          indent: { left: 720 },
          spacing: { before: 120 },
        }),
    );
}

function fieldParagraphs(field: ContractField, contract: DocumentContract, part: NearestLeaderPart, locale: Locale): Paragraph[] {
  const heading = new Paragraph({ text: field.heading, heading: HeadingLevel.HEADING_1 });
  const question = new Paragraph({ children: [new TextRun({ text: field.question, italics: true })] });
  const comments = commentParagraphs(field, contract, locale);
  if (field.id === 'selfAgreements' || field.id === 'leaderAgreements') {
    // The nearest leader's agreements are theirs: in their own list (under the agreements with them), signed.
    const list = contract[field.id].filter((a) => !isByNearestLeader(a));
    const theirs = field.id === 'leaderAgreements' ? theirAgreementParagraphs(part, locale) : [];
    const items = list.length
      ? list.flatMap((a) => agreementParagraphs(a, locale))
      : theirs.length
        ? []
        : [new Paragraph({ children: [new TextRun({ text: contractDocumentStrings[locale].noAgreements, italics: true })] })];
    return [heading, question, ...items, ...theirs, ...comments];
  }
  const value = contract.fields[field.id].trim();
  return [
    heading,
    question,
    new Paragraph({ children: value ? textRuns(value) : [new TextRun({ text: contractDocumentStrings[locale].empty, italics: true })] }),
    ...comments,
  ];
}

/** "Aftaler tilføjet af Lars Nielsen", each with "Tilføjet af Lars Nielsen den 6. december 2026". */
function theirAgreementParagraphs(part: NearestLeaderPart, locale: Locale): Paragraph[] {
  if (part.agreements.length === 0) return [];
  const name = part.name || contractDocumentStrings[locale].nearestLeader;
  return [
    new Paragraph({ text: fill(contractDocumentStrings[locale].theirAgreements, { name }), heading: HeadingLevel.HEADING_2 }),
    ...part.agreements.flatMap((a) => [
      ...agreementParagraphs(a, locale),
      new Paragraph({
        children: [
          new TextRun({
            text: fill(contractDocumentStrings[locale].signed, { name: a.addedBy.displayName || name, date: longDate(a.addedBy.at, locale) }),
            italics: true,
          }),
        ],
        indent: { left: 720 },
      }),
    ]),
  ];
}

/** What the two stand behind: „Accepteret af … den …“, changed since, or not yet. */
function acceptanceParagraphs(part: NearestLeaderPart, locale: Locale): Paragraph[] {
  const state = part.acceptance;
  const text =
    state.status === 'none'
      ? contractDocumentStrings[locale].notAccepted
      : fill(state.status === 'current' ? contractDocumentStrings[locale].accepted : contractDocumentStrings[locale].changed, {
          name: state.acceptance.displayName,
          date: longDate(state.acceptance.at, locale),
        });
  return [
    new Paragraph({ text: contractDocumentStrings[locale].acceptanceHeading, heading: HeadingLevel.HEADING_1 }),
    new Paragraph({ children: [new TextRun({ text, bold: state.status === 'current' })] }),
  ];
}

function agreementParagraphs(agreement: Agreement, locale: Locale): Paragraph[] {
  const out = [new Paragraph({ children: textRuns(agreement.text), bullet: { level: 0 } })];
  const followUp = [
    agreement.followUp.trim(),
    agreement.cadence ? `${contractDocumentStrings[locale].cadence}: ${CADENCE_LABELS[agreement.cadence][locale]}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  if (followUp) {
    out.push(
      new Paragraph({
        children: [new TextRun({ text: `${contractDocumentStrings[locale].followUp}: `, bold: true }), ...textRuns(followUp)],
        indent: { left: 720 },
      }),
    );
  }
  return out;
}

export interface DocumentOptions {
  /** Who writes this version (Word's "Author" and "Last modified by"); the leader when not given. */
  author?: string;
}

function authorOf(contract: DocumentContract, options: DocumentOptions): string {
  return options.author?.trim() || contract.leader?.displayName || 'Lederdialog';
}

function labelled(label: string, value: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] });
}

/**
 * The first page's opening: the title (Word's Title style), the tool's name, both leaders and the
 * period, so that whoever picks up the printout sees at once whose agreement it is and for when.
 */
function frontMatter(contract: DocumentContract, content: ToolContent): Paragraph[] {
  const locale = content.locale;
  const period = `${longDate(contract.period.start, locale)} – ${longDate(contract.period.end, locale)}`;
  return [
    new Paragraph({ text: content.contract.heading, heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: content.toolTitle, italics: true })], spacing: { after: 240 } }),
    ...(contract.leader ? [labelled(contractDocumentStrings[locale].leader, contract.leader.displayName)] : []),
    ...(contract.nearestLeader ? [labelled(contractDocumentStrings[locale].nearestLeader, contract.nearestLeader.displayName)] : []),
    labelled(contractDocumentStrings[locale].period, period),
  ];
}

function closingParagraphs(content: ToolContent, now: Date): Paragraph[] {
  const locale = content.locale;
  return [
    new Paragraph({
      children: [new TextRun({ text: `${contractDocumentStrings[locale].date}: `, bold: true }), new TextRun(longDate(now.toISOString(), locale))],
      spacing: { before: 400 },
    }),
    new Paragraph({ children: [new TextRun({ text: contractDocumentStrings[locale].footer, size: 16 })] }),
  ];
}

/**
 * The body in reading order. Each part is its own function returning paragraphs, so a new part
 * (the nearest leader's agreements and comments, the acceptance block) slots in as one more line.
 */
function bodyParagraphs(contract: DocumentContract, content: ToolContent, now: Date): Paragraph[] {
  const locale = content.locale;
  const part = nearestLeaderPart(contract);
  return [
    ...frontMatter(contract, content),
    ...content.contract.fields.flatMap((field) => fieldParagraphs(field, contract, part, locale)),
    ...acceptanceParagraphs(part, locale),
    ...historyParagraphs(contract, locale),
    ...closingParagraphs(content, now),
  ];
}

/** Builds the Word document. Pure apart from the library: same input, same document text. */
export function buildContractDocument(typed: DocumentContract, content: ToolContent, now: Date, options: DocumentOptions = {}): Document {
  // Every text the leader or nearest leader typed, made XML-safe once here (the JSON keeps it as typed).
  const contract = xmlSafeDeep(typed);
  const author = authorOf(contract, options);
  return new Document({
    creator: author,
    lastModifiedBy: author,
    title: content.contract.heading,
    subject: content.toolTitle,
    description: content.toolTitle,
    styles: documentStyles(content.locale),
    ...(contract.id ? { customProperties: [{ name: CONTRACT_ID_PROPERTY, value: contract.id }] } : {}),
    sections: [{ footers: { default: pageNumberFooter(content.locale) }, children: bodyParagraphs(contract, content, now) }],
  });
}

/** The .docx bytes, ready to upload to OneDrive. */
export async function renderContractDocx(contract: DocumentContract, content: ToolContent, now: Date, options: DocumentOptions = {}): Promise<Uint8Array> {
  // The library writes no dc:language: core.xml is written here in full, with the same fields.
  const core = corePropertiesXml({
    title: content.contract.heading,
    subject: content.toolTitle,
    description: content.toolTitle,
    author: authorOf(contract, options),
    locale: content.locale,
    now,
  });
  const buffer = await Packer.toArrayBuffer(buildContractDocument(contract, content, now, options), false, [{ path: 'docProps/core.xml', data: core }]);
  return new Uint8Array(buffer);
}

export const DOCX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
