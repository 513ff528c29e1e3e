/**
 * A section that folds away: a <details> whose <summary> is the section's h2, folded until the
 * reader opens it. `open` and `onToggle` let a link elsewhere on the page open it (the intro's
 * "Se rollerne" and "Se serien"); without them it folds by itself.
 */
import { mergeClasses } from '@fluentui/react-components';
import { forwardRef } from 'react';
import type { ReactNode } from 'react';
import { useSharedStyles } from './sharedStyles';

/** What a page may set on a folded section it opens from elsewhere. */
export interface FoldControl {
  open?: boolean;
  onToggle?(open: boolean): void;
}

export interface FoldedSectionProps extends FoldControl {
  id?: string;
  heading: ReactNode;
  children: ReactNode;
}

export const FoldedSection = forwardRef<HTMLDetailsElement, FoldedSectionProps>(function FoldedSection({ id, heading, open, onToggle, children }, ref) {
  const shared = useSharedStyles();
  return (
    <details ref={ref} id={id} open={open} onToggle={(e) => onToggle?.(e.currentTarget.open)} className={mergeClasses(shared.section, shared.disclosure)}>
      <summary>
        <h2 className={shared.h2}>{heading}</h2>
      </summary>
      {children}
    </details>
  );
});
