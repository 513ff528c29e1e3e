/**
 * The Lederdialog task pane in an Outlook appointment the leader organises. It fills the open
 * appointment with the 45-minute dialogue (fillDialogueAppointment) and offers the follow-up
 * cadence. It works without sign-in (the leader types the nearest leader; the tool's default
 * agenda), and with sign-in fetches the nearest leader and the contract from Microsoft 365.
 */
import { Button, Checkbox, Field, Input, makeStyles, mergeClasses, Spinner, Text, Title3, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { getContent } from '../content';
import type { Locale } from '../content/types';
import { formatDateTime } from '../domain/dateFormats';
import { addMonths, isoDate } from '../domain/dates';
import { formatTime } from '../domain/timeOfDay';
import type { Person } from '../domain/model';
import { isShareableQuestion } from '../domain/sharePreview';
import { toAuthError } from '../auth/errors';
import { isGraphAppError } from '../graph/errors';
import { allGuideQuestionIds, DialoguePlanError, isMailAddress, planDialogueAppointment } from './dialoguePlan';
import { AppointmentFillError, fillDialogueAppointment, type DialogueAppointmentItem } from './fillAppointment';
import { fillErrorText } from './fillErrorText';
import { FollowUpSection } from './FollowUpSection';
import type { FetchedFromM365, LoadedContract } from './loadFromM365';
import { officeCall } from './officeAsync';
import type { RecurrenceItem } from './officeRecurrence';
import { PaneNotice } from './PaneNotice';
import type { PaneStatus } from './PaneNotice';
import { PaneSection } from './PaneSection';
import { usePaneStyles } from './paneStyles';
import { paneStrings } from './paneStrings';
import { fallbackStart, splitStart, startFrom } from './startTime';
import { errorStrings } from '../content/errorStrings';
import { fillTemplate } from '../content/uiStrings';

const useStyles = makeStyles({
  pane: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalM, maxWidth: '560px' },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  preview: { margin: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  term: { fontWeight: tokens.fontWeightSemibold },
  detail: { margin: 0 },
  // A theme's questions as a plain group, as in the tab: the browser's fieldset frame, broken by
  // a legend that wraps in a narrow pane, looked unfinished.
  themeGroup: { border: 'none', margin: 0, padding: 0, minWidth: 0 },
  themeLegend: { padding: 0, marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold },
});

export type PaneItem = DialogueAppointmentItem & RecurrenceItem;

export interface TaskPaneProps {
  item: PaneItem;
  locale: Locale;
  isSetSupported(name: string, version: string): boolean;
  /** Signs in and fetches the nearest leader and the contract; absent where sign-in is impossible. */
  fetchFromM365?: () => Promise<FetchedFromM365>;
  now?: () => Date;
}

function errorText(error: unknown, locale: Locale): string {
  if (error instanceof DialoguePlanError) return fillTemplate(paneStrings[locale][error.problem], { name: error.leaderName });
  if (error instanceof AppointmentFillError) return fillErrorText(error, locale);
  if (isGraphAppError(error)) return errorStrings[locale].graph[error.kind];
  return errorStrings[locale].auth[toAuthError(error).kind];
}

export function TaskPane({ item, locale, isSetSupported, fetchFromM365, now = () => new Date() }: TaskPaneProps) {
  const styles = useStyles();
  const pane = usePaneStyles();
  const content = getContent(locale);
  const [leader, setLeader] = useState<Person>({ displayName: '', mail: '' });
  const [loaded, setLoaded] = useState<LoadedContract | null>(null);
  const [questionIds, setQuestionIds] = useState<string[]>(() => allGuideQuestionIds(content));
  const [when, setWhen] = useState(() => splitStart(fallbackStart(now())));
  const [fetchStatus, setFetchStatus] = useState<PaneStatus | { kind: 'note'; text: string }>({ kind: 'idle' });
  const [fillStatus, setFillStatus] = useState<PaneStatus>({ kind: 'idle' });

  // Start from the time the leader already picked in Outlook.
  // Not useAsync: src/outlook may not import src/ui (DESIGN.md layers), and `when` is the leader's working state.
  useEffect(() => {
    let live = true;
    officeCall<Date>((cb) => item.start.getAsync(cb)).then(
      (start) => live && start instanceof Date && !Number.isNaN(start.getTime()) && setWhen(splitStart(start)),
      () => undefined, // keep the fallback start
    );
    return () => {
      live = false;
    };
  }, [item]);

  const start = startFrom(when.date, when.time);
  const plan = useMemo(() => {
    if (!start) return { error: paneStrings[locale].startInvalid };
    try {
      return {
        value: planDialogueAppointment({
          locale,
          start,
          nearestLeader: leader,
          contract: loaded?.contract ?? null,
          defaultQuestionIds: questionIds,
          ...(loaded?.folderUrl ? { contractLink: loaded.folderUrl } : {}),
          now: now(),
        }),
      };
    } catch (error) {
      return { error: errorText(error, locale) };
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `now` is a clock, not state: re-planning on every tick is not wanted
  }, [locale, start?.getTime(), leader, loaded, questionIds]);

  const fetch = async () => {
    if (!fetchFromM365) return;
    setFetchStatus({ kind: 'busy' });
    try {
      const fetched = await fetchFromM365();
      const found = fetched.nearestLeader;
      if (found && found.kind !== 'none') setLeader(found.person);
      else if (fetched.contract?.contract.nearestLeader) setLeader(fetched.contract.contract.nearestLeader);
      setLoaded(fetched.contract);
      const notes = [
        !found ? paneStrings[locale].managerLookupFailed : '',
        found?.kind === 'none' ? paneStrings[locale].noManager : '',
        found?.kind === 'orgContact' ? paneStrings[locale].orgContactNote : '',
        fetched.contract ? paneStrings[locale].contractFound : paneStrings[locale].noContract,
      ].filter(Boolean);
      setFetchStatus({ kind: 'note', text: notes.join(' ') });
    } catch (error) {
      setFetchStatus({ kind: 'error', text: errorText(error, locale) });
    }
  };

  const fill = async () => {
    if (!plan.value) return;
    if (start && start.getTime() < now().getTime()) {
      setFillStatus({ kind: 'error', text: paneStrings[locale].startInPast });
      return;
    }
    setFillStatus({ kind: 'busy' });
    try {
      await fillDialogueAppointment(item, plan.value);
      setFillStatus({ kind: 'done' });
    } catch (error) {
      setFillStatus({ kind: 'error', text: errorText(error, locale) });
    }
  };

  const toggleQuestion = (id: string, checked: boolean) =>
    setQuestionIds((ids) => (checked ? allGuideQuestionIds(content).filter((q) => q === id || ids.includes(q)) : ids.filter((q) => q !== id)));

  const mailInvalid = leader.mail !== '' && leader.mail !== undefined && !isMailAddress(leader.mail);
  const periodEnd = loaded?.contract.period.end ?? isoDate(addMonths(start ?? now(), 12));

  return (
    <main className={styles.pane} lang={locale}>
      <Title3 as="h1">{paneStrings[locale].title}</Title3>
      <Text>{paneStrings[locale].intro}</Text>

      <PaneSection headingId="leader-heading" heading={paneStrings[locale].leaderHeading}>
        <Field label={paneStrings[locale].leaderName}>
          <Input value={leader.displayName} onChange={(_, d) => setLeader((p) => ({ ...p, displayName: d.value }))} autoComplete="name" />
        </Field>
        <Field label={paneStrings[locale].leaderMail} validationMessage={mailInvalid ? paneStrings[locale].leaderMailInvalid : undefined}>
          <Input type="email" value={leader.mail ?? ''} onChange={(_, d) => setLeader((p) => ({ ...p, mail: d.value }))} autoComplete="email" />
        </Field>
        {fetchFromM365 && (
          <Button onClick={() => void fetch()} disabled={fetchStatus.kind === 'busy'} icon={fetchStatus.kind === 'busy' ? <Spinner size="tiny" /> : undefined}>
            {fetchStatus.kind === 'busy' ? paneStrings[locale].fetching : paneStrings[locale].fetchFromM365}
          </Button>
        )}
        {fetchStatus.kind === 'note' && <PaneNotice intent="info" text={fetchStatus.text} />}
        {fetchStatus.kind === 'error' && <PaneNotice intent="error" text={fetchStatus.text} />}
      </PaneSection>

      {!loaded && (
        <PaneSection headingId="questions-heading" heading={paneStrings[locale].questionsHeading}>
          <Text>{paneStrings[locale].noContract}</Text>
          {content.guide.themes.map((theme) => (
            <fieldset key={theme.id} className={mergeClasses(pane.section, styles.themeGroup)}>
              <legend className={styles.themeLegend}>{theme.title}</legend>
              {theme.questions
                .filter((q) => isShareableQuestion(q.id))
                .map((q) => (
                  <Checkbox key={q.id} label={q.text} checked={questionIds.includes(q.id)} onChange={(_, d) => toggleQuestion(q.id, d.checked === true)} />
                ))}
            </fieldset>
          ))}
        </PaneSection>
      )}

      <PaneSection headingId="when-heading" heading={paneStrings[locale].whenHeading}>
        <div className={styles.row}>
          <Field label={paneStrings[locale].date}>
            <Input type="date" value={when.date} onChange={(_, d) => setWhen((w) => ({ ...w, date: d.value }))} />
          </Field>
          <Field label={paneStrings[locale].time}>
            <Input type="time" step={300} value={when.time} onChange={(_, d) => setWhen((w) => ({ ...w, time: d.value }))} />
          </Field>
        </div>
      </PaneSection>

      <PaneSection headingId="preview-heading" heading={paneStrings[locale].previewHeading}>
        {plan.value ? (
          <dl className={styles.preview} data-testid="preview">
            <dt className={styles.term}>{paneStrings[locale].previewSubject}</dt>
            <dd className={styles.detail}>{plan.value.subject}</dd>
            <dt className={styles.term}>{paneStrings[locale].previewWhen}</dt>
            <dd className={styles.detail}>
              {formatDateTime(plan.value.start, locale)}–{formatTime(plan.value.end, locale).replace(/^kl\. /, '')}
            </dd>
            <dt className={styles.term}>{paneStrings[locale].previewLocation}</dt>
            <dd className={styles.detail}>{plan.value.location}</dd>
          </dl>
        ) : (
          <Text>{leader.displayName || leader.mail ? plan.error : paneStrings[locale].leaderMissing}</Text>
        )}
        <Button appearance="primary" onClick={() => void fill()} disabled={!plan.value || fillStatus.kind === 'busy'}>
          {fillStatus.kind === 'busy' ? paneStrings[locale].filling : paneStrings[locale].fill}
        </Button>
        <div role="status" aria-live="polite">
          {fillStatus.kind === 'done' && <PaneNotice intent="success" text={paneStrings[locale].filled} />}
        </div>
        <div role="alert">{fillStatus.kind === 'error' && <PaneNotice intent="error" text={fillStatus.text} />}</div>
      </PaneSection>

      <FollowUpSection locale={locale} item={item} isSetSupported={isSetSupported} start={start} periodEnd={periodEnd} />
    </main>
  );
}
