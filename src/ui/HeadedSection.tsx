/**
 * A part of a view named by its heading (the section is labelled by it, so screen readers list it
 * as a region): an h3 inside a step, an h2 for a view's main parts. An optional introduction
 * follows the heading, then the content. `data-*` attributes go onto the section, where the tests
 * and the e2e steps find it.
 */
import type { ReactNode } from 'react';
import { useSharedStyles } from './sharedStyles';

export interface HeadedSectionProps {
  headingId: string;
  heading: ReactNode;
  /** 3 unless said. */
  level?: 2 | 3;
  intro?: ReactNode;
  children?: ReactNode;
  [data: `data-${string}`]: string | undefined;
}

export function HeadedSection({ headingId, heading, level = 3, intro, children, ...data }: HeadedSectionProps) {
  const shared = useSharedStyles();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className={shared.section} aria-labelledby={headingId} {...data}>
      <Heading id={headingId} className={level === 2 ? shared.h2 : shared.h3}>
        {heading}
      </Heading>
      {intro === undefined ? null : <p>{intro}</p>}
      {children}
    </section>
  );
}
