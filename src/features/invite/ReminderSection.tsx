/**
 * Reminders for the agreements with oneself: a To Do task (default) or a private calendar
 * reminder, and which agreements get one (those with a regular follow-up).
 */
import { Checkbox, Field, Radio, RadioGroup } from '@fluentui/react-components';
import type { Locale } from '../../content/types';
import { remindableAgreements } from '../../domain/bookingPlan';
import { CADENCE_LABELS } from '../../domain/cadence';
import type { Contract, ReminderKind } from '../../domain/model';
import { HeadedSection } from '../../ui/HeadedSection';
import { useSharedStyles } from '../../ui/sharedStyles';
import { inviteStrings } from './strings';

export interface ReminderSectionProps {
  locale: Locale;
  contract: Contract;
  kind: ReminderKind;
  onKind(kind: ReminderKind): void;
  weekdaysOnly: boolean;
  onWeekdaysOnly(on: boolean): void;
}

export function ReminderSection({ locale, contract, kind, onKind, weekdaysOnly, onWeekdaysOnly }: ReminderSectionProps) {
  const t = inviteStrings[locale].reminders;
  const shared = useSharedStyles();
  const agreements = remindableAgreements(contract);
  return (
    <HeadedSection headingId="invite-reminders-heading" heading={t.heading} intro={t.intro} data-invite-section="reminders">
      {agreements.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <>
          <Field label={t.kindLabel}>
            <RadioGroup value={kind} onChange={(_, d) => onKind(d.value as ReminderKind)}>
              <Radio value="todo" label={t.todo} />
              <Radio value="event" label={t.event} />
            </RadioGroup>
          </Field>
          {agreements.some((a) => a.cadence === 'daily') ? (
            <Field hint={t.weekdaysOnlyHint}>
              <Checkbox checked={weekdaysOnly} onChange={(_, d) => onWeekdaysOnly(d.checked === true)} label={t.weekdaysOnly} data-testid="weekdays-only" />
            </Field>
          ) : null}
          <p>{t.listHeading}</p>
          <ul data-testid="reminder-agreements">
            {agreements.map((a) => (
              <li key={a.id}>
                {a.text} <span className={shared.muted}>({a.cadence ? CADENCE_LABELS[a.cadence][locale] : ''})</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </HeadedSection>
  );
}
