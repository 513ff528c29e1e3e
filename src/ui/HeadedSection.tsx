/**
 * A part of a view named by its h3 (the section is labelled by it, so screen readers list it as a
 * region), with an optional introduction under the heading, then its content. `data-*` attributes
 * go onto the section, where the tests and the e2e steps find it.
 */
import type { ReactNode } from 'react';
import { useSharedStyles } from './sharedStyles';

export interface HeadedSectionProps {
  headingId: string;
  heading: ReactNode;
  intro?: ReactNode;
  children?: ReactNode;
  [data: `data-${string}`]: string | undefined;
}

export function HeadedSection({ headingId, heading, intro, children, ...data }: HeadedSectionProps) {
  const shared = useSharedStyles();
  return (
    <section className={shared.section} aria-labelledby={headingId} {...data}>
      <h3 id={headingId} className={shared.h3}>
        {heading}
      </h3>
      {intro === undefined ? null : <p>{intro}</p>}
      {children}
    </section>
  );
}
