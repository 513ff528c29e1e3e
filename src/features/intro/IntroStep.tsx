/**
 * Start: what the tool is for, for whom, how long, and the three steps; then the way in
 * ("Start forberedelsen"), and the background (why, quotes, roles, the series) for those who want it.
 * This screen ships in the first chunk, so it uses only light components.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { LightButton } from '../../ui/LightButton';
import { useRef, useState } from 'react';
import { RolesSection } from './RolesSection';
import { SeriesSection } from './SeriesSection';
import { useStartApp } from '../../ui/AppContext';
import { HeadedSection } from '../../ui/HeadedSection';
import { useSharedStyles } from '../../ui/sharedStyles';
import { StepHeading } from '../../ui/StepHeading';
import { StepPager } from '../../ui/StepPager';
import { WhySection } from './WhySection';

const useStyles = makeStyles({
  kicker: { margin: 0, color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 220px), 1fr))',
    gap: tokens.spacingHorizontalM,
    margin: `${tokens.spacingVerticalL} 0`,
  },
  factText: { margin: 0 },
  factList: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalL, margin: `${tokens.spacingVerticalL} 0` },
  steps: { listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: tokens.spacingVerticalM },
  stepItem: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'flex-start' },
  stepNumber: {
    flex: '0 0 auto',
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    width: '32px',
    height: '32px',
    borderRadius: tokens.borderRadiusCircular,
    border: `2px solid ${tokens.colorCompoundBrandStroke}`,
    fontWeight: tokens.fontWeightSemibold,
  },
  examples: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

/** "Formål:" reads as a heading without its colon. */
const headingText = (text: string) => text.replace(/:\s*$/, '');

export function IntroStep() {
  const { content, t, goTo } = useStartApp();
  const shared = useSharedStyles();
  const styles = useStyles();
  const [rolesOpen, setRolesOpen] = useState(false);
  const [seriesOpen, setSeriesOpen] = useState(false);
  const rolesRef = useRef<HTMLDetailsElement>(null);
  const seriesRef = useRef<HTMLDetailsElement>(null);

  const reveal = (open: (value: boolean) => void, ref: React.RefObject<HTMLDetailsElement | null>) => () => {
    open(true);
    // After React opened it: move focus to its summary so the keyboard lands where the eyes do.
    requestAnimationFrame(() => {
      const summary = ref.current?.querySelector('summary');
      summary?.focus();
      summary?.scrollIntoView({ block: 'start' });
    });
  };

  return (
    <article>
      <p className={styles.kicker}>{content.toolNumberLabel}</p>
      <StepHeading>{content.toolTitle}</StepHeading>

      <section aria-labelledby="aim-heading">
        <h2 id="aim-heading" className={shared.h2}>
          {content.aim.heading}
        </h2>
        {content.aim.paragraphs.map((paragraph) => (
          <p key={paragraph} className={shared.lead}>
            {paragraph}
          </p>
        ))}
      </section>

      <HeadedSection level={2} headingId="about-heading" heading={t.intro.aboutHeading}>
        <div className={styles.facts}>
          <div className={shared.card}>
            <h3 className={shared.h3}>{headingText(content.purpose.heading)}</h3>
            <p className={styles.factText}>{content.purpose.text}</p>
          </div>
          <div className={shared.card}>
            <h3 className={shared.h3}>{headingText(content.targetGroup.heading)}</h3>
            <ul className={styles.factList}>
              {content.targetGroup.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </div>
          <div className={shared.card}>
            <h3 className={shared.h3}>{headingText(content.timeUse.heading)}</h3>
            <p className={styles.factText}>{content.timeUse.text}</p>
          </div>
        </div>
      </HeadedSection>

      <div className={styles.actions}>
        <LightButton appearance="primary" size="large" onClick={() => goTo('guide')}>
          {t.intro.startPreparation}
        </LightButton>
        <a className={shared.link} href="#roles" onClick={(e) => (e.preventDefault(), reveal(setRolesOpen, rolesRef)())}>
          {t.intro.openRoles}
        </a>
        <a className={shared.link} href="#series" onClick={(e) => (e.preventDefault(), reveal(setSeriesOpen, seriesRef)())}>
          {t.intro.openSeries}
        </a>
      </div>

      <HeadedSection level={2} headingId="process-heading" heading={content.process.heading}>
        <ol className={styles.steps}>
          {content.process.steps.map((step) => (
            <li key={step.number} className={styles.stepItem}>
              <span className={styles.stepNumber} aria-hidden="true">
                {step.number}
              </span>
              <div>
                <h3 className={shared.h3}>
                  <span className={shared.visuallyHidden}>{step.number}. </span>
                  {step.title}
                </h3>
                <p className={styles.factText}>{step.text}</p>
              </div>
            </li>
          ))}
        </ol>
      </HeadedSection>

      <HeadedSection level={2} headingId="agreements-heading" heading={headingText(content.importantAgreements.heading)}>
        <ul className={styles.examples}>
          {content.importantAgreements.examples.map((example) => (
            <li key={example}>{example}</li>
          ))}
        </ul>
      </HeadedSection>

      <WhySection />
      <RolesSection ref={rolesRef} open={rolesOpen} onToggle={setRolesOpen} />
      <SeriesSection ref={seriesRef} open={seriesOpen} onToggle={setSeriesOpen} />
      <StepPager />
    </article>
  );
}
