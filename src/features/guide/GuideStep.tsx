/** Step 1: the interview guide, with private notes. Loaded as its own chunk. */
import { makeStyles, tokens } from '@fluentui/react-components';
import { LockClosed20Regular } from '@fluentui/react-icons';
import { useApp } from '../../ui/AppContext';
import { useSharedStyles } from '../../ui/sharedStyles';
import { StepHeading } from '../../ui/StepHeading';
import { StepPager } from '../../ui/StepPager';
import { GuideThemeSection } from './GuideThemeSection';
import { GuideWheel } from './GuideWheel';

const useStyles = makeStyles({
  privacy: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  icon: { flex: '0 0 auto' },
});

function GuideStep() {
  const { content, t } = useApp();
  const shared = useSharedStyles();
  const styles = useStyles();
  return (
    <article>
      <StepHeading>{t.app.steps.guide}</StepHeading>
      <p className={shared.lead}>{t.guide.intro}</p>
      <p className={styles.privacy} data-private-notice="">
        <LockClosed20Regular className={styles.icon} aria-hidden="true" />
        {t.guide.privateNotice}
      </p>
      <GuideWheel />
      {content.guide.themes.map((theme) => (
        <GuideThemeSection key={theme.id} theme={theme} />
      ))}
      <StepPager />
    </article>
  );
}

export default GuideStep;
