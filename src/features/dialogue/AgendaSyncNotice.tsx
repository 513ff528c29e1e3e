/** What became of the follow-up agendas, outside the dialogue panel: progress, done, or the error with "try again". */
import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { Locale } from '../../content/types';
import { dialogueStrings } from './strings';
import type { AgendaSyncState } from './useAgendaSync';

export function AgendaSyncNotice({ state, retry, locale }: { state: AgendaSyncState; retry(): void; locale: Locale }) {
  const t = dialogueStrings[locale];
  if (state.kind === 'idle') return null;
  if (state.kind === 'failed') {
    return (
      <MessageBar intent="error" data-testid="agenda-sync" data-state="failed">
        <MessageBarBody>
          {t.agendasFailed} {state.message[locale]}{' '}
          <Button size="small" onClick={retry}>
            {t.agendasRetry}
          </Button>
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <p role="status" data-testid="agenda-sync" data-state={state.kind}>
      {state.kind === 'updating' ? t.agendasUpdating : t.agendasUpdated(state.series)}
    </p>
  );
}
