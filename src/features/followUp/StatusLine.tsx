/**
 * A live status line of the follow-up view (OneDrive, reminders, the shared save): what is going
 * on, in words, and after them a small "try again" button while something failed.
 */
import { Button } from '@fluentui/react-components';
import type { ReactNode } from 'react';

export interface StatusLineProps {
  testId: string;
  className?: string;
  text: ReactNode;
  /** Given only while a retry can help. */
  retry?: { label: ReactNode; onRetry(): void };
}

export function StatusLine({ testId, className, text, retry }: StatusLineProps) {
  return (
    <p role="status" data-testid={testId} className={className}>
      {text}{' '}
      {retry ? (
        <Button size="small" onClick={retry.onRetry}>
          {retry.label}
        </Button>
      ) : null}
    </p>
  );
}
