/**
 * Where the nearest leader may only read: say so, and offer to answer in the 1:1 chat instead —
 * open the chat in Teams, or write a short reply here, see it, then send it (postChatMessage).
 */
import { Button, Field, Link, MessageBar, MessageBarBody, Textarea, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Locale } from '../../content/types';
import { fillTemplate } from '../../content/uiStrings';
import { newId } from '../../domain/ids';
import type { Person } from '../../domain/model';
import type { GraphClient } from '../../graph/client';
import { toGraphAppError } from '../../graph/errors';
import { graphErrorText } from '../../ui/graphErrorWords';
import { useSharedStyles } from '../../ui/sharedStyles';
import { REPLY_MAX, teamsChatLink } from './chatReply';
import { sendChatReply } from './sendChatReply';
import type { SharedStrings } from './strings';

const useStyles = makeStyles({
  heading: { marginTop: tokens.spacingVerticalM },
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    alignItems: 'flex-start',
    maxWidth: '60ch',
    marginTop: tokens.spacingVerticalM,
  },
  preview: {
    whiteSpace: 'pre-wrap',
    margin: 0,
    padding: tokens.spacingHorizontalM,
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export interface ChatReplyProps {
  graph: GraphClient;
  me: { id: string };
  leader: Person;
  title: string;
  locale: Locale;
  t: SharedStrings;
  /** Words typed for a save OneDrive refused: they start the reply, so nothing is lost. */
  initialText?: string;
}

export function ChatReply({ graph, me, leader, title, locale, t, initialText = '' }: ChatReplyProps) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const [text, setText] = useState(initialText.slice(0, REPLY_MAX));
  const [stage, setStage] = useState<'write' | 'preview' | 'sending' | 'sent'>('write');
  const [error, setError] = useState<string | undefined>();
  // One key per reply: a retried send after a lost answer is found, not posted twice.
  const [guardKey, setGuardKey] = useState(() => newId());

  const send = async () => {
    if (!leader.id) return;
    setStage('sending');
    setError(undefined);
    try {
      await sendChatReply(graph, { myId: me.id, leaderId: leader.id, text, title, guardKey });
      setStage('sent');
      setText('');
      setGuardKey(newId());
    } catch (thrown) {
      setError(`${t.replyFailed} ${graphErrorText(toGraphAppError(thrown).kind, locale)}`);
      setStage('preview');
    }
  };

  return (
    <section className={shared.section} aria-labelledby="shared-reply">
      <MessageBar intent="info">
        <MessageBarBody>{t.readOnly}</MessageBarBody>
      </MessageBar>
      <h3 id="shared-reply" className={mergeClasses(shared.h3, styles.heading)}>
        {t.replyInChat}
      </h3>
      {leader.mail ? (
        <p>
          <Link href={teamsChatLink(leader.mail)} target="_blank" rel="noopener noreferrer">
            {t.openChat}
          </Link>
        </p>
      ) : null}
      {leader.id ? (
        <div className={styles.form}>
          {stage === 'write' || stage === 'sent' ? (
            <>
              <Field label={fillTemplate(t.replyLabel, { name: leader.displayName })}>
                <Textarea value={text} maxLength={REPLY_MAX} onChange={(_, d) => setText(d.value)} resize="vertical" data-chat-reply />
              </Field>
              <Button disabled={!text.trim()} onClick={() => setStage('preview')}>
                {t.previewReply}
              </Button>
            </>
          ) : (
            <>
              <h4 className={shared.h3}>{t.previewHeading}</h4>
              <p className={styles.preview}>
                <strong>{title}</strong>
                {'\n'}
                {text.trim()}
              </p>
              <div className={styles.buttons}>
                <Button appearance="primary" disabled={stage === 'sending'} onClick={() => void send()}>
                  {t.sendReply}
                </Button>
                <Button disabled={stage === 'sending'} onClick={() => setStage('write')}>
                  {t.editReply}
                </Button>
              </div>
            </>
          )}
          <div role="status">{stage === 'sent' ? t.replySent : ''}</div>
          {error ? <div role="alert">{error}</div> : null}
        </div>
      ) : null}
    </section>
  );
}
