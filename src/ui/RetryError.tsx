/** Why something failed, with a small "try again" button after the words (a view that could not connect or load). */
import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { ReactNode } from 'react';

export interface RetryErrorProps {
  message: ReactNode;
  retryLabel: ReactNode;
  onRetry(): void;
}

export function RetryError({ message, retryLabel, onRetry }: RetryErrorProps) {
  return (
    <MessageBar intent="error">
      <MessageBarBody>
        {message}{' '}
        <Button size="small" onClick={onRetry}>
          {retryLabel}
        </Button>
      </MessageBarBody>
    </MessageBar>
  );
}
