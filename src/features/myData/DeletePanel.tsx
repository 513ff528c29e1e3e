/**
 * Delete, for one contract or everything: the preview of exactly what goes (grouped by what happens
 * to it), the message the nearest leader gets with the cancellation, a typed confirmation, and
 * progress per item. A rerun plans again from a fresh look, so it finishes what failed.
 */
import { Button, Field, Input, MessageBar, MessageBarBody, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { fillTemplate } from '../../content/uiStrings';
import { appConfig, isDemoMode } from '../../config';
import { actingSteps, confirmationWord, isConfirmed, planDeletion, type DeletionAction, type DeletionScope } from '../../domain/myDataDeletion';
import type { DataItem } from '../../domain/myData';
import type { GraphClient } from '../../graph/client';
import { useApp } from '../../ui/AppContext';
import { useSharedStyles } from '../../ui/sharedStyles';
import { itemLabel } from './labels';
import { runDeletion, type StepProgress } from './runDeletion';
import { myDataStrings } from './strings';

const useStyles = makeStyles({
  panel: { marginTop: tokens.spacingVerticalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface DeletePanelProps {
  graph: GraphClient;
  userId?: string;
  items: readonly DataItem[];
  scope: DeletionScope;
  heading: string;
  onClose(): void;
  /** Look again (after a run: the next run plans from what is really left). */
  onFinished(): void;
}

export function DeletePanel({ graph, userId, items, scope, heading, onClose, onFinished }: DeletePanelProps) {
  const { locale } = useApp();
  const t = myDataStrings[locale];
  const styles = useStyles();
  const shared = useSharedStyles();
  const [message, setMessage] = useState(t.cancelMessageDefault);
  const [typed, setTyped] = useState('');
  const [progress, setProgress] = useState<Record<string, StepProgress>>({});
  const [state, setState] = useState<'preview' | 'running' | 'finished'>('preview');
  const steps = planDeletion(items, scope);
  const acting = actingSteps(steps);
  const word = confirmationWord(scope, locale);
  const byAction = new Map<DeletionAction, DataItem[]>();
  for (const s of steps) byAction.set(s.action, [...(byAction.get(s.action) ?? []), s.item]);
  const failed = Object.values(progress).some((p) => p.status === 'failed');

  const run = async () => {
    setState('running');
    setProgress({});
    await runDeletion(graph, steps, {
      scope,
      cancelComment: message.trim() || t.cancelMessageDefault,
      ...(userId ? { userId } : {}),
      keepDemoUser: isDemoMode(appConfig),
      onProgress: (p) => setProgress((all) => ({ ...all, [p.key]: p })),
    });
    setState('finished');
  };

  return (
    <section className={`${shared.card} ${styles.panel}`} aria-labelledby="my-data-delete-heading" data-my-data-delete>
      <h3 id="my-data-delete-heading" className={shared.h3}>
        {heading}
      </h3>
      {acting.length === 0 ? <p>{t.nothingToDelete}</p> : null}
      {[...byAction.entries()].map(([action, list]) => (
        <div key={action}>
          <p>
            <strong>{t.actions[action]}</strong> ({list.length})
          </p>
          <ul className={styles.list}>
            {list.map((item) => {
              const p = progress[item.key];
              return (
                <li key={item.key} data-delete-step={item.key} data-status={p?.status ?? 'pending'}>
                  {itemLabel(item, t)}
                  {state !== 'preview' ? ` – ${t.stepStatus[p?.status ?? 'pending']}` : ''}
                  {p?.error ? ` (${p.error[locale]})` : ''}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
      {byAction.has('deleteDriveItem') ? <p className={shared.muted}>{t.recycleBin}</p> : null}
      {state === 'preview' && acting.length > 0 ? (
        <>
          {byAction.has('cancelMeeting') ? (
            <Field label={t.cancelMessageLabel}>
              <Textarea value={message} onChange={(_, d) => setMessage(d.value)} resize="vertical" />
            </Field>
          ) : null}
          <Field label={fillTemplate(t.confirmLabel, { word })}>
            <Input value={typed} onChange={(_, d) => setTyped(d.value)} autoComplete="off" data-delete-confirm />
          </Field>
          <div className={styles.row}>
            <Button appearance="primary" disabled={!isConfirmed(typed, scope, locale)} onClick={() => void run()}>
              {t.confirmButton}
            </Button>
            <Button onClick={onClose}>{t.close}</Button>
          </div>
        </>
      ) : null}
      <div role="status" aria-live="polite">
        {state === 'running' ? <p>{t.progressHeading} …</p> : null}
        {state === 'finished' ? (
          <MessageBar intent={failed ? 'warning' : 'success'}>
            <MessageBarBody>{failed ? t.doneWithFailures : t.done}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      {state === 'finished' ? (
        <div className={styles.row}>
          {failed ? (
            <Button appearance="primary" onClick={onFinished}>
              {t.runAgain}
            </Button>
          ) : scope.kind === 'all' ? (
            <Button appearance="primary" onClick={() => window.location.assign(window.location.pathname)}>
              {t.startOver}
            </Button>
          ) : (
            <Button appearance="primary" onClick={onFinished}>
              {t.close}
            </Button>
          )}
        </div>
      ) : null}
    </section>
  );
}
