/**
 * "Historik": every agreement of the contract as a history card (status chart and table, earlier
 * wordings, revise, drop). Shared by the leader's follow-up view and the nearest leader's.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Locale } from '../../content/types';
import { contractAgreements, type AgreementWording } from '../../domain/followUp';
import type { Contract } from '../../domain/model';
import { useSharedStyles } from '../../ui/sharedStyles';
import { AgreementHistoryCard } from './AgreementHistoryCard';
import { followUpStrings } from './strings';

const useStyles = makeStyles({
  cards: { display: 'grid', gap: tokens.spacingVerticalL },
});

export interface AgreementHistorySectionProps {
  locale: Locale;
  contract: Contract;
  readOnly: boolean;
  /** Unique on the page: the heading's id, which labels the section. */
  headingId: string;
  /** Dropping (and taking up again) is the leader's; without these the cards offer neither. */
  onDrop?(agreementId: string): void;
  onRestore?(agreementId: string): void;
  onRevise(agreementId: string, wording: AgreementWording): void;
}

export function AgreementHistorySection({ locale, contract, readOnly, headingId, onDrop, onRestore, onRevise }: AgreementHistorySectionProps) {
  const t = followUpStrings[locale];
  const shared = useSharedStyles();
  const styles = useStyles();
  return (
    <section className={shared.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={shared.h2}>
        {t.history.heading}
      </h2>
      <div className={styles.cards}>
        {contractAgreements(contract).map(({ list, agreement }) => (
          <AgreementHistoryCard
            key={agreement.id}
            locale={locale}
            contract={contract}
            list={list}
            agreement={agreement}
            readOnly={readOnly}
            allowDrop={Boolean(onDrop)}
            onRevise={(w) => onRevise(agreement.id, w)}
            onDrop={() => onDrop?.(agreement.id)}
            onRestore={() => onRestore?.(agreement.id)}
          />
        ))}
      </div>
    </section>
  );
}
