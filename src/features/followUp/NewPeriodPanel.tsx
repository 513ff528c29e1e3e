/**
 * "Start en ny periode": near the end of the period, the next contract starts from this one with
 * the agreements the leader ticks to keep. Earlier periods stay readable below.
 */
import { Button, Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { Locale } from '../../content/types';
import { activeAgreements } from '../../domain/followUp';
import type { Contract } from '../../domain/model';
import { isNearPeriodEnd } from '../../domain/newPeriod';
import { useSharedStyles } from '../../ui/sharedStyles';
import { fullDate } from './StatusChart';
import { fill, followUpStrings } from './strings';

const useStyles = makeStyles({ list: { listStyle: 'none', padding: 0, margin: `0 0 ${tokens.spacingVerticalM}` } });

export interface NewPeriodPanelProps {
  locale: Locale;
  contract: Contract;
  today: string;
  onStart(keep: string[]): void;
}

export function NewPeriodPanel({ locale, contract, today, onStart }: NewPeriodPanelProps) {
  const t = followUpStrings[locale].newPeriod;
  const shared = useSharedStyles();
  const styles = useStyles();
  const id = useId();
  const agreements = activeAgreements(contract);
  const [keep, setKeep] = useState<Set<string>>(() => new Set(agreements.map((e) => e.agreement.id)));
  const end = fullDate(contract.period.end, locale);
  const near = isNearPeriodEnd(contract, today);
  return (
    <section className={shared.section} aria-labelledby={`${id}-h`} data-testid="new-period" data-print="hide">
      <h2 id={`${id}-h`} className={shared.h2}>
        {t.heading}
      </h2>
      {!near ? (
        <p>{fill(t.notYet, { date: end })}</p>
      ) : (
        <>
          <p>{fill(t.intro, { date: end })}</p>
          <ul className={styles.list}>
            {agreements.map(({ agreement }) => (
              <li key={agreement.id}>
                <Checkbox
                  checked={keep.has(agreement.id)}
                  label={`${t.keep}: ${agreement.text}`}
                  onChange={(_, d) =>
                    setKeep((k) => {
                      const next = new Set(k);
                      if (d.checked) next.add(agreement.id);
                      else next.delete(agreement.id);
                      return next;
                    })
                  }
                />
              </li>
            ))}
          </ul>
          <Button appearance="primary" onClick={() => onStart([...keep])}>
            {t.start}
          </Button>
        </>
      )}
    </section>
  );
}
