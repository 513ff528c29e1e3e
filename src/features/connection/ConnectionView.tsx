/**
 * "Forbindelse til Microsoft 365" (?view=connection): the signed-in account, the granted scopes, the
 * nearest leader, the org catalog, the mailbox time zone and OneDrive, each as a green or yellow line
 * saying what it means for the user. Looks only; it never asks for a new permission.
 */
import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { connectionLines } from '../../domain/connectionStatus';
import { useApp } from '../../ui/AppContext';
import { RetryError } from '../../ui/RetryError';
import { useSharedStyles } from '../../ui/sharedStyles';
import { connectionStrings } from './strings';
import { useConnection } from './useConnection';

const useStyles = makeStyles({
  lines: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, listStyleType: 'none', padding: 0, margin: 0 },
});

export default function ConnectionView() {
  const { locale } = useApp();
  const t = connectionStrings[locale];
  const styles = useStyles();
  const shared = useSharedStyles();
  const { m365, facts, reload } = useConnection();

  let body;
  if (m365.status === 'error') {
    body = <RetryError message={m365.error?.[locale]} retryLabel={t.tryAgain} onRetry={m365.retry} />;
  } else if (!m365.graph) {
    body = <p role="status">{t.connecting}</p>;
  } else if (!facts) {
    body = <p role="status">{t.looking}</p>;
  } else {
    body = (
      <>
        <ul className={styles.lines}>
          {connectionLines(facts).map((line) => (
            <li key={line.topic} data-connection-topic={line.topic} data-tone={line.tone}>
              <MessageBar intent={line.tone === 'ok' ? 'success' : 'warning'} layout="multiline">
                <MessageBarBody>
                  {/* The tone in words too, so the line does not speak by colour alone. */}
                  <MessageBarTitle>
                    {line.title[locale]} – {line.tone === 'ok' ? t.ok : t.attention}
                  </MessageBarTitle>{' '}
                  {line.text[locale]}
                </MessageBarBody>
              </MessageBar>
            </li>
          ))}
        </ul>
        <p>
          <Button onClick={reload}>{t.checkAgain}</Button>
        </p>
      </>
    );
  }

  return (
    <div data-connection>
      <h1 className={shared.h2}>{t.heading}</h1>
      <p className={shared.lead}>{t.intro}</p>
      {body}
    </div>
  );
}
