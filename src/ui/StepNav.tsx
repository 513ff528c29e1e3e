/**
 * The four steps as real links in a numbered list. aria-current marks the open step; the number
 * is part of the text, so the current step is never told by colour alone (also bold + underline).
 * While a view is open (Delt med mig, a shared contract, …) no step is current: the view's own
 * link in ViewNav is, and two marked tabs would leave the leader unsure where they are.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { MouseEvent } from 'react';
import { STEP_IDS } from '../domain/catalog';
import type { StepId } from '../domain/model';
import { useStartApp } from './AppContext';
import { useRoute } from './useRoute';
import { useSharedStyles } from './sharedStyles';

const useStyles = makeStyles({
  link: {
    borderBottom: `3px solid transparent`,
    borderRadius: `${tokens.borderRadiusMedium} ${tokens.borderRadiusMedium} 0 0`,
    // Forced colours paint every border in the text colour, "transparent" too: without this all
    // four steps would carry the current step's bar.
    '@media (forced-colors: active)': { borderBottomColor: 'Canvas' },
  },
  current: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    borderBottomColor: tokens.colorCompoundBrandStroke,
    textDecoration: 'underline',
    textUnderlineOffset: '6px',
    '@media (forced-colors: active)': { borderBottomColor: 'Highlight' },
  },
});

export function StepNav() {
  const { draft, goTo, t } = useStartApp();
  const styles = useStyles();
  const shared = useSharedStyles();
  const route = useRoute();
  const current = route ? undefined : draft.ui.step;
  const onClick = (step: StepId) => (event: MouseEvent<HTMLAnchorElement>) => {
    // Plain left click navigates in-app; modified clicks keep the browser's behaviour.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    goTo(step);
  };
  return (
    <nav aria-label={t.app.stepsNavLabel}>
      <ol className={shared.navList}>
        {STEP_IDS.map((step) => (
          <li key={step}>
            <a
              href={`#${step}`}
              className={mergeClasses(shared.navLink, styles.link, step === current && styles.current)}
              aria-current={step === current ? 'step' : undefined}
              onClick={onClick(step)}
            >
              {t.app.steps[step]}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
