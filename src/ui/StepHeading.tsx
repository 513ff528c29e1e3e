/**
 * The h1 of a step. After the user moves to another step, focus lands here, so a keyboard or
 * screen-reader user starts reading the new step instead of staying on the navigation link.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';

let focusRequested = false;

/** Called on navigation to another step: the next StepHeading to mount takes focus. Not on first load. */
export function requestStepHeadingFocus(): void {
  focusRequested = true;
}

/** The open step's own link chosen again: nothing mounts, so focus its heading now. */
export function focusCurrentStepHeading(): void {
  document.querySelector<HTMLElement>('main h1[tabindex="-1"]')?.focus();
}

const useStyles = makeStyles({
  heading: {
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
    margin: `0 0 ${tokens.spacingVerticalM}`,
    ':focus': { outline: 'none' },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
});

export function StepHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const styles = useStyles();
  useEffect(() => {
    if (focusRequested) {
      focusRequested = false;
      ref.current?.focus();
    }
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className={styles.heading}>
      {children}
    </h1>
  );
}
