/** Step 2: the leader contract ("Aftale med dig selv og med nærmeste leder"). Its own chunk. */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useApp } from '../../ui/AppContext';
import { useSharedStyles } from '../../ui/sharedStyles';
import { StepHeading } from '../../ui/StepHeading';
import { StepPager } from '../../ui/StepPager';
import { ContractFieldSection } from './ContractFieldSection';
import { ContractPeriod } from './ContractPeriod';

const useStyles = makeStyles({
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

function ContractStep() {
  const { content, t } = useApp();
  const shared = useSharedStyles();
  const styles = useStyles();
  const [showExample, setShowExample] = useState(false);
  return (
    <article>
      <StepHeading>{t.app.steps.contract}</StepHeading>
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
        <ContractFieldSection key={field.id} field={field} showExample={showExample} />
      ))}
      <StepPager />
    </article>
  );
}

export default ContractStep;
