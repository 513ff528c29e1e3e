/**
 * The contract with its history, laid out for paper: shown only when printing (the view's
 * "Udskriv" calls window.print(); the browser's print dialogue also saves it as PDF). On screen it
 * is hidden, and in print everything else is.
 */
import type { ToolContent } from '../../content/types';
import { checksFor, dailySummary } from '../../domain/dailyCheck';
import { formatDate } from '../../domain/dates';
import { FOLLOW_UP_STATUS_LABELS, contractAgreements, recordsFor } from '../../domain/followUp';
import type { Contract } from '../../domain/model';
import { fullDate } from './StatusChart';
import { fill, followUpStrings } from './strings';

export const PRINT_AREA = 'data-print-area';

// A plain style sheet: Griffel's static styles do not carry @media blocks, and the print view must
// never show on screen (it would read as a second copy of the contract below the view).
const PRINT_CSS = `
@media screen { [data-print-area] { display: none !important; } }
@media print {
  body * { visibility: hidden; }
  [data-print-area], [data-print-area] * { visibility: visible; }
  [data-print-area] { position: absolute; left: 0; top: 0; width: 100%; color: #000; background: #fff; }
  [data-print-area] table { border-collapse: collapse; width: 100%; }
  [data-print-area] th, [data-print-area] td { border: 1px solid #999; padding: 2px 6px; text-align: left; }
  [data-print-area] section { break-inside: avoid; }
}`;

export function PrintContract({ contract, content }: { contract: Contract; content: ToolContent }) {
  const locale = content.locale;
  const t = followUpStrings[locale];
  return (
    <div {...{ [PRINT_AREA]: '' }} data-testid="print-contract">
      <style>{PRINT_CSS}</style>
      <h1>{content.contract.heading}</h1>
      <p>{[contract.leader?.displayName, contract.nearestLeader?.displayName].filter(Boolean).join(' · ')}</p>
      <p>{fill(t.period, { start: fullDate(contract.period.start, locale), end: fullDate(contract.period.end, locale) })}</p>
      {content.contract.fields.map((field) =>
        field.id === 'selfAgreements' || field.id === 'leaderAgreements' ? null : (
          <section key={field.id}>
            <h2>{field.heading}</h2>
            <p>{contract.fields[field.id]}</p>
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
                {t.agreement.revisions}: {fill(t.agreement.quoted, { text: rev.text })} ({fill(t.agreement.revisedOn, { date: formatDate(new Date(rev.replacedAt), locale) })})
              </p>
            ))}
            {records.length ? (
              <table>
                <thead>
                  <tr>
                    <th>{t.history.date}</th>
                    <th>{t.history.status}</th>
                    <th>{t.history.note}</th>
                  </tr>
                </thead>
                <tbody>
                  {records.map((r) => (
                    <tr key={r.id}>
                      <td>{fullDate(r.date, locale)}</td>
                      <td>{FOLLOW_UP_STATUS_LABELS[r.status][locale]}</td>
                      <td>{r.note}</td>
                    </tr>
                  ))}
                </tbody>
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
