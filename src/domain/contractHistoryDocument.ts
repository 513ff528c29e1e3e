/**
 * The follow-up history as part of Lederaftale.docx (issue 8): per agreement its follow-up records
 * (date, status, note), its earlier wordings, whether it was dropped, and the daily self-check's
 * summary. Rendered by src/domain/contractDocument.ts after the contract's fields; nothing at all
 * when there is no history yet, so a fresh contract's document is unchanged.
 */
import { historyDocumentStrings } from './documentStrings';
import { HeadingLevel, Paragraph, TextRun } from 'docx';
import type { Locale } from '../content/types';
import { checksFor, dailySummary } from './dailyCheck';
import { formatDate } from './dateFormats';
import { parseIsoDate } from './dates';
import { FOLLOW_UP_STATUS_LABELS, contractAgreements, recordsFor } from './followUp';
import type { Agreement, Contract } from './model';

type HistoryContract = Pick<Contract, 'selfAgreements' | 'leaderAgreements' | 'collaboration'>;

function day(iso: string, locale: Locale): string {
  const date = iso.length === 10 ? parseIsoDate(iso) : new Date(iso);
  return date && !Number.isNaN(date.getTime()) ? formatDate(date, locale) : iso;
}

function hasHistory(contract: HistoryContract, a: Agreement): boolean {
  return Boolean(a.droppedAt) || (a.revisions?.length ?? 0) > 0 || recordsFor(contract, a.id).length > 0 || checksFor(contract, a.id).length > 0;
}

function line(label: string, text: string, indent = true): Paragraph {
  const children = [new TextRun({ text: label, bold: true }), ...text.split(/\r?\n/).map((t, i) => new TextRun({ text: t, break: i > 0 ? 1 : 0 }))];
  return new Paragraph({ children, ...(indent ? { indent: { left: 720 } } : {}) });
}

function agreementHistory(contract: HistoryContract, list: 'selfAgreements' | 'leaderAgreements', a: Agreement, locale: Locale): Paragraph[] {
  const out: Paragraph[] = [
    new Paragraph({ text: a.text, heading: HeadingLevel.HEADING_2 }),
    new Paragraph({
      children: [new TextRun({ text: list === 'selfAgreements' ? historyDocumentStrings[locale].self : historyDocumentStrings[locale].leader, italics: true })],
    }),
  ];
  if (a.droppedAt) out.push(line(`${historyDocumentStrings[locale].dropped}: `, day(a.droppedAt, locale), false));
  for (const rev of a.revisions ?? []) {
    out.push(line(`${historyDocumentStrings[locale].earlier} (${historyDocumentStrings[locale].changed} ${day(rev.replacedAt, locale)}): `, rev.text, false));
  }
  const records = recordsFor(contract, a.id);
  if (records.length === 0) out.push(new Paragraph({ children: [new TextRun({ text: historyDocumentStrings[locale].noRecords, italics: true })] }));
  for (const r of records) {
    const note = r.note.trim();
    out.push(
      new Paragraph({
        children: [
          new TextRun({ text: `${day(r.date, locale)}: `, bold: true }),
          new TextRun(FOLLOW_UP_STATUS_LABELS[r.status][locale]),
          ...(note ? [new TextRun(` — ${note}`)] : []),
        ],
        bullet: { level: 0 },
      }),
    );
  }
  const checks = checksFor(contract, a.id);
  if (checks.length > 0) {
    const s = dailySummary(checks);
    const text = historyDocumentStrings[locale].dailyText
      .replace('{kept}', String(s.kept))
      .replace('{answered}', String(s.answered))
      .replace('{first}', day(s.first ?? '', locale))
      .replace('{last}', day(s.last ?? '', locale))
      .replace('{streak}', String(s.longestStreak));
    out.push(line(`${historyDocumentStrings[locale].daily}: `, text, false));
  }
  return out;
}

/** The history section's paragraphs; empty when no agreement has any history. */
export function historyParagraphs(contract: HistoryContract, locale: Locale): Paragraph[] {
  const entries = contractAgreements(contract).filter((e) => hasHistory(contract, e.agreement));
  if (entries.length === 0) return [];
  return [
    new Paragraph({ text: historyDocumentStrings[locale].heading, heading: HeadingLevel.HEADING_1 }),
    ...entries.flatMap((e) => agreementHistory(contract, e.list, e.agreement, locale)),
  ];
}
