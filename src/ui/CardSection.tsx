/** A step's card: a section named by its h2, with a muted hint under the heading, then its content. */
import { mergeClasses } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useSharedStyles } from './sharedStyles';

export interface CardSectionProps {
  headingId: string;
  heading: ReactNode;
  hint: ReactNode;
  children: ReactNode;
}

export function CardSection({ headingId, heading, hint, children }: CardSectionProps) {
  const shared = useSharedStyles();
  return (
    <section aria-labelledby={headingId} className={mergeClasses(shared.card, shared.section)}>
      <h2 id={headingId} className={shared.h2}>
        {heading}
      </h2>
      <p className={shared.muted}>{hint}</p>
      {children}
    </section>
  );
}
