/** "Tilbage" / "Videre" at the end of each step, so the flow can be walked without the top nav. */
import { makeStyles, tokens } from '@fluentui/react-components';
import { LightButton } from './LightButton';
import { fillTemplate } from '../content/uiStrings';
import { STEP_IDS } from '../domain/catalog';
import { useStartApp } from './AppContext';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    marginTop: tokens.spacingVerticalXXL,
    paddingTop: tokens.spacingVerticalL,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});

export function StepPager() {
  const { draft, goTo, t } = useStartApp();
  const styles = useStyles();
  const index = STEP_IDS.indexOf(draft.ui.step);
  const previous = STEP_IDS[index - 1];
  const next = STEP_IDS[index + 1];
  return (
    <nav className={styles.root} aria-label={t.app.pagerLabel}>
      {previous ? <LightButton onClick={() => goTo(previous)}>{fillTemplate(t.app.previousStep, { step: t.app.steps[previous] })}</LightButton> : <span />}
      {next ? (
        <LightButton appearance="primary" onClick={() => goTo(next)}>
          {fillTemplate(t.app.nextStep, { step: t.app.steps[next] })}
        </LightButton>
      ) : null}
    </nav>
  );
}
