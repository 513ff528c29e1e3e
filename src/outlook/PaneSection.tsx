/** A part of the task pane: its controls in a column, the section named by its h2 (aria-labelledby). */
import { Subtitle2 } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { usePaneStyles } from './paneStyles';

export interface PaneSectionProps {
  headingId: string;
  heading: ReactNode;
  children: ReactNode;
}

export function PaneSection({ headingId, heading, children }: PaneSectionProps) {
  const styles = usePaneStyles();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {heading}
      </Subtitle2>
      {children}
    </section>
  );
}
