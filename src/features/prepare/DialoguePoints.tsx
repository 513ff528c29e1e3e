/**
 * The leader's 2–3 points for the dialogue. Two slots to start with; more can be added, and past
 * three a gentle note says that three are usually enough for 45 minutes (it does not forbid it).
 */
import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { Add16Regular, Delete16Regular } from '@fluentui/react-icons';
import { useEffect, useRef } from 'react';
import { fillTemplate } from '../../content/uiStrings';
import { SUGGESTED_POINTS } from '../../domain/contractValidation';
import { setPoints } from '../../domain/draftEdits';
import { useApp } from '../../ui/AppContext';
import { CardSection } from '../../ui/CardSection';

const useStyles = makeStyles({
  list: { listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: tokens.spacingVerticalS },
  row: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  field: { flex: '1 1 auto', minWidth: 0 },
  note: {
    margin: `${tokens.spacingVerticalS} 0 0`,
    padding: tokens.spacingHorizontalS,
    borderLeft: `4px solid ${tokens.colorPaletteMarigoldBorderActive}`,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  add: { marginTop: tokens.spacingVerticalS },
});

export function DialoguePoints() {
  const { draft, update, t } = useApp();
  const styles = useStyles();
  const stored = draft.contract.preparation.points;
  const slots = stored.length >= SUGGESTED_POINTS.min ? stored : [...stored, ...Array<string>(SUGGESTED_POINTS.min - stored.length).fill('')];
  const inputs = useRef<Array<HTMLInputElement | null>>([]);
  const focusIndex = useRef<number | null>(null);

  useEffect(() => {
    if (focusIndex.current === null) return;
    inputs.current[focusIndex.current]?.focus();
    focusIndex.current = null;
  });

  const write = (next: string[]) => update((d) => setPoints(d, next));
  const change = (index: number, value: string) => write(slots.map((p, i) => (i === index ? value : p)));
  const add = () => {
    focusIndex.current = slots.length;
    write([...slots, '']);
  };
  const remove = (index: number) => {
    focusIndex.current = Math.max(0, index - 1);
    write(slots.filter((_, i) => i !== index));
  };

  return (
    <CardSection headingId="points-heading" heading={t.prepare.pointsHeading} hint={t.prepare.pointsHint}>
      <ol className={styles.list}>
        {slots.map((point, index) => {
          const n = index + 1;
          return (
            // Points are plain strings without ids; the index is their identity.
            <li key={index} className={styles.row}>
              <Field label={fillTemplate(t.prepare.pointLabel, { n })} className={styles.field}>
                <Input
                  ref={(el) => {
                    inputs.current[index] = el;
                  }}
                  value={point}
                  onChange={(_, data) => change(index, data.value)}
                  data-point={index}
                />
              </Field>
              {slots.length > SUGGESTED_POINTS.min ? (
                <Button
                  icon={<Delete16Regular />}
                  aria-label={fillTemplate(t.prepare.removePoint, { n })}
                  title={fillTemplate(t.prepare.removePoint, { n })}
                  onClick={() => remove(index)}
                />
              ) : null}
            </li>
          );
        })}
      </ol>
      <div role="status">{slots.length > SUGGESTED_POINTS.max ? <p className={styles.note}>{t.prepare.tooManyPoints}</p> : null}</div>
      <Button className={styles.add} icon={<Add16Regular />} onClick={add}>
        {t.prepare.addPoint}
      </Button>
    </CardSection>
  );
}
