/**
 * One agreement over the period: its wording (and the earlier ones, never overwritten), revise or
 * drop it, and its status over time as a chart with a table beside it.
 */
import { Button, Field, Input, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { Locale } from '../../content/types';
import { CADENCE_LABELS } from '../../domain/cadence';
import { CadenceOptions } from '../../ui/CadenceOptions';
import { formatDate } from '../../domain/dateFormats';
import type { AgreementWording } from '../../domain/followUp';
import { statusSeries } from '../../domain/followUpTrend';
import type { Agreement, Contract, ContractListFieldId, FollowUpCadence } from '../../domain/model';
import { useSharedStyles } from '../../ui/sharedStyles';
import { StatusChart } from './StatusChart';
import { fill, followUpStrings } from './strings';

const useStyles = makeStyles({
  card: { display: 'grid', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  form: { display: 'grid', gap: tokens.spacingVerticalS, maxWidth: '60ch' },
  dropped: { textDecoration: 'line-through' },
});

function dateOf(iso: string, locale: Locale): string {
  return formatDate(new Date(iso), locale);
}

export interface AgreementHistoryCardProps {
  locale: Locale;
  contract: Contract;
  list: ContractListFieldId;
  agreement: Agreement;
  readOnly: boolean;
  /** Dropping (and taking up again) is the leader's: off for the nearest leader. Default true. */
  allowDrop?: boolean;
  onRevise(wording: AgreementWording): void;
  onDrop(): void;
  onRestore(): void;
}

export function AgreementHistoryCard({
  locale,
  contract,
  list,
  agreement,
  readOnly,
  allowDrop = true,
  onRevise,
  onDrop,
  onRestore,
}: AgreementHistoryCardProps) {
  const t = followUpStrings[locale];
  const shared = useSharedStyles();
  const styles = useStyles();
  const id = useId();
  const [editing, setEditing] = useState<AgreementWording | null>(null);
  const [confirmDrop, setConfirmDrop] = useState(false);
  const dropped = Boolean(agreement.droppedAt);

  const save = () => {
    if (!editing || editing.text.trim() === '') return;
    onRevise(editing);
    setEditing(null);
  };

  return (
    <article className={`${shared.card} ${styles.card}`} aria-labelledby={`${id}-h`} data-agreement-id={agreement.id} data-dropped={dropped ? 'true' : 'false'}>
      <h3 id={`${id}-h`} className={`${shared.h3} ${dropped ? styles.dropped : ''}`}>
        {agreement.text}
      </h3>
      <p className={shared.muted}>
        {list === 'selfAgreements' ? t.record.self : t.record.leader}
        {agreement.cadence ? ` · ${CADENCE_LABELS[agreement.cadence][locale]}` : ''}
        {agreement.followUp.trim() ? ` · ${agreement.followUp}` : ''}
      </p>
      {dropped ? <p data-testid="dropped-note">{fill(t.agreement.dropped, { date: dateOf(agreement.droppedAt as string, locale) })}</p> : null}

      {(agreement.revisions?.length ?? 0) > 0 ? (
        <details data-testid="revisions">
          <summary>
            {t.agreement.revisions} ({agreement.revisions?.length})
          </summary>
          <ol>
            {agreement.revisions?.map((rev, i) => (
              <li key={`${rev.replacedAt}-${i}`}>
                <q>{rev.text}</q> — {fill(t.agreement.revisedOn, { date: dateOf(rev.replacedAt, locale) })}
              </li>
            ))}
          </ol>
        </details>
      ) : null}

      {!readOnly && editing ? (
        <div className={styles.form} role="group" aria-labelledby={`${id}-rev`}>
          <h4 id={`${id}-rev`} className={shared.h3}>
            {t.agreement.reviseHeading}
          </h4>
          <Field
            label={t.agreement.textLabel}
            validationState={editing.text.trim() ? 'none' : 'error'}
            validationMessage={editing.text.trim() ? undefined : t.agreement.emptyText}
          >
            <Textarea value={editing.text} onChange={(_, d) => setEditing({ ...editing, text: d.value })} resize="vertical" />
          </Field>
          <Field label={t.agreement.followUpLabel}>
            <Input value={editing.followUp} onChange={(_, d) => setEditing({ ...editing, followUp: d.value })} />
          </Field>
          <Field label={t.agreement.cadenceLabel}>
            <Select
              value={editing.cadence ?? ''}
              onChange={(_, d) => {
                const next: AgreementWording = { text: editing.text, followUp: editing.followUp };
                if (d.value) next.cadence = d.value as FollowUpCadence;
                setEditing(next);
              }}
            >
              <option value="">{t.agreement.noCadence}</option>
              <CadenceOptions locale={locale} />
            </Select>
          </Field>
          <div className={styles.actions}>
            <Button appearance="primary" onClick={save} disabled={editing.text.trim() === ''}>
              {t.agreement.saveRevision}
            </Button>
            <Button onClick={() => setEditing(null)}>{t.agreement.cancel}</Button>
          </div>
        </div>
      ) : null}

      {!readOnly && !editing ? (
        <div className={styles.actions}>
          {dropped ? (
            allowDrop ? (
              <Button onClick={onRestore}>{t.agreement.restore}</Button>
            ) : null
          ) : (
            <>
              <Button
                onClick={() => {
                  const w: AgreementWording = { text: agreement.text, followUp: agreement.followUp };
                  if (agreement.cadence) w.cadence = agreement.cadence;
                  setEditing(w);
                }}
              >
                {t.agreement.revise}
              </Button>
              {!allowDrop ? null : confirmDrop ? (
                <span role="group" aria-label={t.agreement.dropQuestion}>
                  <span>{t.agreement.dropQuestion} </span>
                  <Button
                    onClick={() => {
                      setConfirmDrop(false);
                      onDrop();
                    }}
                  >
                    {t.agreement.dropConfirm}
                  </Button>{' '}
                  <Button onClick={() => setConfirmDrop(false)}>{t.agreement.cancel}</Button>
                </span>
              ) : (
                <Button onClick={() => setConfirmDrop(true)}>{t.agreement.drop}</Button>
              )}
            </>
          )}
        </div>
      ) : null}

      <h4 className={shared.h3}>{t.history.heading}</h4>
      <StatusChart locale={locale} agreementText={agreement.text} points={statusSeries(contract, agreement.id)} />
    </article>
  );
}
