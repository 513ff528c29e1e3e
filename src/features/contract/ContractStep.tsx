/** Step 2: the leader contract ("Aftale med dig selv og med nærmeste leder"). Its own chunk. */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { nearestLeaderPart, type NearestLeaderPart } from '../../domain/nearestLeaderPart';
import { useApp } from '../../ui/AppContext';
import { useSharedStyles } from '../../ui/sharedStyles';
import { StepHeading } from '../../ui/StepHeading';
import { StepPager } from '../../ui/StepPager';
import { AcceptanceLine } from '../nearestLeader/NearestLeaderPart';
import { sharedRefOf } from '../nearestLeader/sharedRef';
import { useNearestLeaderPart } from '../nearestLeader/useNearestLeaderPart';
import { ContractFieldSection } from './ContractFieldSection';
import { ContractPeriod } from './ContractPeriod';

const useStyles = makeStyles({
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

/** Once shared, the nearest leader's part is read from the shared file (only then is Microsoft 365 asked). */
function SharedContractStep() {
  const { draft } = useApp();
  const { part } = useNearestLeaderPart(draft.contract);
  return <ContractStepBody part={part} shared />;
}

function ContractStepBody({ part, shared: isShared }: { part: NearestLeaderPart; shared: boolean }) {
  const { content, t, locale } = useApp();
  const shared = useSharedStyles();
  const styles = useStyles();
  const [showExample, setShowExample] = useState(false);
  return (
    <article>
      <StepHeading>{t.app.steps.contract}</StepHeading>
      {/* The acceptance belongs in the contract's header: whether the two stand behind this version. */}
      {isShared ? <AcceptanceLine part={part} locale={locale} /> : null}
      <p className={shared.lead}>
        <strong>{content.contract.heading}.</strong> {t.contract.intro}
      </p>
      <div className={styles.toolbar}>
        <Button onClick={() => setShowExample((v) => !v)} data-show-example="">
          {showExample ? t.contract.hideExample : t.contract.showExample}
        </Button>
        {showExample ? <span className={shared.muted}>{content.contract.exampleHeading}</span> : null}
      </div>
      <ContractPeriod />
      {content.contract.fields.map((field) => (
        <ContractFieldSection key={field.id} field={field} showExample={showExample} part={part} />
      ))}
      <StepPager />
    </article>
  );
}

function ContractStep() {
  const { draft } = useApp();
  return sharedRefOf(draft.contract) ? <SharedContractStep /> : <ContractStepBody part={nearestLeaderPart(draft.contract)} shared={false} />;
}

export default ContractStep;
