/** What a pane action did, or why it failed, as one Fluent message bar. */
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { MessageBarIntent } from '@fluentui/react-components';

/** Where a pane action stands: not started, under way, done, or failed (and why). */
export type PaneStatus = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done' } | { kind: 'error'; text: string };

export function PaneNotice({ intent, text }: { intent: MessageBarIntent; text: string }) {
  return (
    <MessageBar intent={intent}>
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}
