/**
 * The contract with its history, laid out for paper: shown only when printing (the view's
 * "Udskriv" calls window.print(); the browser's print dialogue also saves it as PDF). On screen it
 * is hidden, and in print everything else is — taken out of the layout (display: none), not just
 * made invisible, so the hidden screen takes no pages. For that the print view is rendered straight
 * into <body> (a portal): hiding its screen ancestors would hide it too.
 */
import { createPortal } from 'react-dom';
import type { ToolContent } from '../../content/types';
import { checksFor, dailySummary } from '../../domain/dailyCheck';
import { formatDate } from '../../domain/dateFormats';
import { contractAgreements, recordsFor } from '../../domain/followUp';
import type { Contract } from '../../domain/model';
import { fullDate, StatusTableRows } from './StatusChart';
import { fill, followUpStrings } from './strings';

const PRINT_AREA = 'data-print-area';

// A plain style sheet: Griffel's static styles do not carry @media blocks, and the print view must
// never show on screen (it would read as a second copy of the contract below the view).
const PRINT_CSS = `
@media screen { [data-print-area] { display: none !important; } }
@media print {
  body > :not([data-print-area]) { display: none !important; }
  [data-print-area] { color: #000; background: #fff; }
  [data-print-area] [data-print-text] { white-space: pre-wrap; }
  [data-print-area] table { border-collapse: collapse; width: 100%; }
  [data-print-area] th, [data-print-area] td { border: 1px solid #999; padding: 2px 6px; text-align: left; }
  [data-print-area] section { break-inside: avoid; }
}`;

export function PrintContract({ contract, content }: { contract: Contract; content: ToolContent }) {
  return createPortal(<PrintView contract={contract} content={content} />, document.body);
}

function PrintView({ contract, content }: { contract: Contract; content: ToolContent }) {
  const locale = content.locale;
  const t = followUpStrings[locale];
  return (
    <div {...{ [PRINT_AREA]: '' }} data-testid="print-contract" lang={locale}>
      <style>{PRINT_CSS}</style>
      <h1>{content.contract.heading}</h1>
      <p>{[contract.leader?.displayName, contract.nearestLeader?.displayName].filter(Boolean).join(' · ')}</p>
      <p>{fill(t.period, { start: fullDate(contract.period.start, locale), end: fullDate(contract.period.end, locale) })}</p>
      {/* Every heading of the contract, the two agreement lists included; line breaks typed in a field are kept. */}
      {content.contract.fields.map((field) =>
        field.id === 'selfAgreements' || field.id === 'leaderAgreements' ? (
          <section key={field.id}>
            <h2>{field.heading}</h2>
            <ul>
              {contract[field.id]
                .filter((a) => !a.droppedAt)
                .map((a) => (
                  <li key={a.id} data-print-text="">
                    {a.text}
                    {a.followUp.trim() ? ` – ${a.followUp}` : ''}
                  </li>
                ))}
            </ul>
          </section>
        ) : (
          <section key={field.id}>
            <h2>{field.heading}</h2>
            <p data-print-text="">{contract.fields[field.id]}</p>
          </section>
        ),
      )}
      <h2>{t.history.heading}</h2>
      {contractAgreements(contract).map(({ list, agreement }) => {
        const records = recordsFor(contract, agreement.id);
        const checks = checksFor(contract, agreement.id);
        const daily = checks.length ? dailySummary(checks) : undefined;
        return (
          <section key={agreement.id}>
            <h3>{agreement.text}</h3>
            <p>
              {list === 'selfAgreements' ? t.record.self : t.record.leader}
              {agreement.followUp ? ` · ${agreement.followUp}` : ''}
              {agreement.droppedAt ? ` · ${fill(t.agreement.dropped, { date: formatDate(new Date(agreement.droppedAt), locale) })}` : ''}
            </p>
            {(agreement.revisions ?? []).map((rev, i) => (
              <p key={i}>
                {t.agreement.revisions}: {fill(t.agreement.quoted, { text: rev.text })} (
                {fill(t.agreement.revisedOn, { date: formatDate(new Date(rev.replacedAt), locale) })})
              </p>
            ))}
            {records.length ? (
              <table>
                <StatusTableRows locale={locale} headings={t.history} records={records} />
              </table>
            ) : (
              <p>{t.history.chartEmpty}</p>
            )}
            {daily ? (
              <p>
                {t.daily.heading}: {daily.kept}/{daily.answered} · {fill(t.daily.longest, { count: daily.longestStreak })}
              </p>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
