/**
 * The follow-up cadence: the tool's three presets, the first dates, how to make the follow-up a
 * series in Outlook, and (when the open appointment is already a series) setting its pattern.
 */
import { Button, Radio, RadioGroup, Text } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Locale } from '../content/types';
import { firstOccurrences, followUpPresets } from '../domain/cadence';
import { formatDate, formatDateTime } from '../domain/dateFormats';
import { parseIsoDate } from '../domain/dates';
import type { FollowUpPresetId } from '../domain/model';
import { AppointmentFillError } from './fillAppointment';
import { OfficeCallError } from './officeAsync';
import { recurrenceSupport, setSeriesRecurrence, type RecurrenceItem, type RecurrenceSupport } from './officeRecurrence';
import { PaneNotice } from './PaneNotice';
import type { PaneStatus } from './PaneNotice';
import { PaneSection } from './PaneSection';
import { usePaneStyles } from './paneStyles';
import { paneStrings } from './paneStrings';

export interface FollowUpSectionProps {
  locale: Locale;
  item: RecurrenceItem;
  isSetSupported(name: string, version: string): boolean;
  /** The first meeting the series counts from. */
  start: Date | null;
  /** The contract period's last day (YYYY-MM-DD): the series ends there. */
  periodEnd: string;
}

export function FollowUpSection({ locale, item, isSetSupported, start, periodEnd }: FollowUpSectionProps) {
  const styles = usePaneStyles();
  const [presetId, setPresetId] = useState<FollowUpPresetId>('shortDialogueBiweekly');
  const [support, setSupport] = useState<RecurrenceSupport | null>(null);
  const [status, setStatus] = useState<PaneStatus>({ kind: 'idle' });
  const preset = followUpPresets.find((p) => p.id === presetId) ?? followUpPresets[0]!;
  const end = parseIsoDate(periodEnd);

  // Not useAsync: src/outlook may not import src/ui (the layer rule in DESIGN.md).
  useEffect(() => {
    let live = true;
    recurrenceSupport(item, isSetSupported).then(
      (s) => live && setSupport(s),
      () => live && setSupport('notASeries'),
    );
    return () => {
      live = false;
    };
  }, [item, isSetSupported]);

  // The follow-ups come after the dialogue: the series' first date is one interval later.
  const dates = start && end ? firstOccurrences(preset.cadence, start, 5, end).slice(1) : [];

  const setRecurrence = async () => {
    if (!start || !end) return;
    setStatus({ kind: 'busy' });
    try {
      await setSeriesRecurrence(item, { cadence: preset.cadence, start, durationMinutes: preset.durationMinutes, endDate: end });
      setStatus({ kind: 'done' });
    } catch (error) {
      const detail = error instanceof OfficeCallError || error instanceof AppointmentFillError || error instanceof Error ? error.message : String(error);
      setStatus({ kind: 'error', text: `${paneStrings[locale].recurrenceNeedsSeries} (${detail})` });
    }
  };

  return (
    <PaneSection headingId="followup-heading" heading={paneStrings[locale].followUpHeading}>
      <Text>{paneStrings[locale].followUpIntro}</Text>
      <RadioGroup value={presetId} onChange={(_, data) => setPresetId(data.value as FollowUpPresetId)} aria-labelledby="followup-heading">
        {followUpPresets.map((p) => (
          <Radio key={p.id} value={p.id} label={`${p.label[locale]} (${p.durationMinutes} min.)`} />
        ))}
      </RadioGroup>
      {dates.length > 0 && (
        <>
          <Text weight="semibold">{paneStrings[locale].firstDates}</Text>
          <ul className={styles.list} data-testid="followup-dates">
            {dates.map((d) => (
              <li key={d.toISOString()}>{formatDateTime(d, locale)}</li>
            ))}
          </ul>
        </>
      )}
      <Text>{paneStrings[locale].seriesHowTo.replace('{end}', end ? formatDate(end, locale) : periodEnd)}</Text>
      {support === 'unsupported' && <Text>{paneStrings[locale].recurrenceUnsupported}</Text>}
      {support === 'notASeries' && <Text>{paneStrings[locale].recurrenceNeedsSeries}</Text>}
      <Button onClick={() => void setRecurrence()} disabled={support !== 'supported' || !start || !end || status.kind === 'busy'}>
        {paneStrings[locale].setRecurrence}
      </Button>
      {status.kind === 'done' && <PaneNotice intent="success" text={paneStrings[locale].recurrenceSet} />}
      {status.kind === 'error' && <PaneNotice intent="error" text={status.text} />}
    </PaneSection>
  );
}
