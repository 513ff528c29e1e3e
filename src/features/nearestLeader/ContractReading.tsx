/**
 * The shared contract as the other person reads it: the tool's headings and questions in the
 * viewer's language, the leader's text as written (marked with its language when it differs),
 * agreements with their follow-up, the leader's points and the questions chosen for the nearest
 * leader, each field's comments, and — where the viewer may write — a comment box per field.
 */
import { Button, Field, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ContractField, ContractFieldId, Locale, ToolContent } from '../../content/types';
import { fillTemplate } from '../../content/uiStrings';
import { CADENCE_LABELS } from '../../domain/cadence';
import { chosenQuestions } from '../../domain/sharePreview';
import { ChosenQuestionList } from './ChosenQuestions';
import { callName } from '../../domain/speakers';
import type { Agreement, Contract, FieldComment } from '../../domain/model';
import { useSharedStyles } from '../../ui/sharedStyles';
import { visibleComments } from './contributions';
import { showDate } from './format';
import type { SharedStrings } from './strings';

const useStyles = makeStyles({
  field: { marginTop: tokens.spacingVerticalXL },
  question: { color: tokens.colorNeutralForeground2, margin: `0 0 ${tokens.spacingVerticalS}` },
  text: { whiteSpace: 'pre-wrap', margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  item: { marginBottom: tokens.spacingVerticalS },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  comments: { marginTop: tokens.spacingVerticalS, paddingLeft: tokens.spacingHorizontalM, borderLeft: `3px solid ${tokens.colorNeutralStroke2}` },
  actions: { display: 'inline-flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalXS, marginLeft: tokens.spacingHorizontalXS },
  // One width for every comment box, whatever its label's length (the page lines up).
  commentForm: {
    marginTop: tokens.spacingVerticalS,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    alignItems: 'stretch',
    width: '100%',
    maxWidth: '40rem',
  },
});

export interface ContractReadingProps {
  contract: Contract;
  content: ToolContent;
  locale: Locale;
  t: SharedStrings;
  /** Given when the viewer may write: a comment box under each field. */
  onComment?: (field: ContractFieldId, text: string) => Promise<boolean>;
  /** Given when the viewer may write: edit and delete on their own comments. */
  ownComments?: OwnCommentActions;
  busy?: boolean;
}

function AgreementItem({ agreement, locale, t, lang }: { agreement: Agreement; locale: Locale; t: SharedStrings; lang?: string }) {
  const styles = useStyles();
  return (
    <li className={styles.item} data-agreement-id={agreement.id}>
      <span lang={lang}>{agreement.text}</span>
      {agreement.followUp || agreement.cadence ? (
        <div>
          {t.followUp} <span lang={lang}>{agreement.followUp}</span>
          {agreement.cadence ? ` (${CADENCE_LABELS[agreement.cadence][locale]})` : ''}
        </div>
      ) : null}
      {agreement.addedBy ? (
        <div className={styles.meta}>{fillTemplate(t.addedBy, { name: agreement.addedBy.displayName, date: showDate(agreement.addedBy.at, locale) })}</div>
      ) : null}
      {agreement.agreedAt ? <div className={styles.meta}>{fillTemplate(t.agreedAt, { date: showDate(agreement.agreedAt, locale) })}</div> : null}
    </li>
  );
}

/** What the viewer may do with their own comments (given where they may write). */
export interface OwnCommentActions {
  viewerId: string;
  onEdit(id: string, text: string): Promise<boolean>;
  onDelete(id: string): Promise<boolean>;
}

function CommentItem({ comment, locale, t, own, busy }: { comment: FieldComment; locale: Locale; t: SharedStrings; own?: OwnCommentActions; busy?: boolean }) {
  const styles = useStyles();
  const [mode, setMode] = useState<'read' | 'edit' | 'confirmDelete'>('read');
  const [text, setText] = useState(comment.text);
  const signed = comment.editedAt
    ? fillTemplate(t.commentEdited, { name: comment.by.displayName, date: showDate(comment.editedAt, locale) })
    : fillTemplate(t.commentBy, { name: comment.by.displayName, date: showDate(comment.by.at, locale) });
  const mine = own && comment.by.id === own.viewerId;
  if (mine && mode === 'edit') {
    return (
      <li className={styles.item} data-comment-id={comment.id}>
        <form
          className={styles.commentForm}
          onSubmit={(event) => {
            event.preventDefault();
            if (!text.trim()) return;
            void own.onEdit(comment.id, text).then((ok) => ok && setMode('read'));
          }}
        >
          <Field label={t.editCommentLabel}>
            <Textarea value={text} onChange={(_, d) => setText(d.value)} resize="vertical" data-comment-edit={comment.id} />
          </Field>
          <div className={styles.actions}>
            <Button type="submit" disabled={busy || !text.trim()}>
              {t.saveCommentEdit}
            </Button>
            <Button
              appearance="subtle"
              onClick={() => {
                setText(comment.text);
                setMode('read');
              }}
            >
              {t.cancelCommentEdit}
            </Button>
          </div>
        </form>
      </li>
    );
  }
  return (
    <li className={styles.item} data-comment-id={comment.id}>
      <span className={styles.text}>{comment.text}</span> <span className={styles.meta}>— {signed}</span>
      {mine && mode === 'read' ? (
        <span className={styles.actions}>
          <Button
            size="small"
            appearance="subtle"
            disabled={busy}
            onClick={() => {
              setText(comment.text);
              setMode('edit');
            }}
            aria-label={`${t.editComment}: ${comment.text}`}
          >
            {t.editComment}
          </Button>
          <Button size="small" appearance="subtle" disabled={busy} onClick={() => setMode('confirmDelete')} aria-label={`${t.deleteComment}: ${comment.text}`}>
            {t.deleteComment}
          </Button>
        </span>
      ) : null}
      {mine && mode === 'confirmDelete' ? (
        <div className={styles.actions} role="group" aria-label={t.confirmDeleteComment}>
          <span>{t.confirmDeleteComment}</span>
          <Button size="small" disabled={busy} onClick={() => void own.onDelete(comment.id).then((ok) => !ok && setMode('read'))}>
            {t.confirmDeleteYes}
          </Button>
          <Button size="small" appearance="subtle" onClick={() => setMode('read')}>
            {t.cancelCommentEdit}
          </Button>
        </div>
      ) : null}
    </li>
  );
}

function Comments({ comments, locale, t, own, busy }: { comments: FieldComment[]; locale: Locale; t: SharedStrings; own?: OwnCommentActions; busy?: boolean }) {
  const styles = useStyles();
  if (comments.length === 0) return null;
  return (
    <div className={styles.comments}>
      <strong>{t.comments}</strong>
      <ul className={styles.list}>
        {comments.map((c) => (
          <CommentItem key={c.id} comment={c} locale={locale} t={t} {...(own ? { own } : {})} busy={busy} />
        ))}
      </ul>
    </div>
  );
}

function CommentForm({
  field,
  t,
  onComment,
  busy,
}: {
  field: ContractField;
  t: SharedStrings;
  onComment: (field: ContractFieldId, text: string) => Promise<boolean>;
  busy?: boolean;
}) {
  const styles = useStyles();
  const [text, setText] = useState('');
  return (
    <form
      className={styles.commentForm}
      onSubmit={(event) => {
        event.preventDefault();
        if (!text.trim()) return;
        void onComment(field.id, text).then((ok) => ok && setText(''));
      }}
    >
      <Field label={fillTemplate(t.commentLabel, { field: field.heading })}>
        <Textarea value={text} onChange={(_, d) => setText(d.value)} resize="vertical" data-comment-field={field.id} />
      </Field>
      <div>
        <Button type="submit" disabled={busy || !text.trim()}>
          {t.addComment}
        </Button>
      </div>
    </form>
  );
}

export function ContractReading({ contract, content, locale, t, onComment, ownComments, busy }: ContractReadingProps) {
  const styles = useStyles();
  const shared = useSharedStyles();
  // The leader's own words keep their language; a screen reader then reads them right.
  const lang = contract.locale !== locale ? contract.locale : undefined;
  const questions = chosenQuestions(contract.preparation.questionsForLeader, content);
  const points = contract.preparation.points.filter((p) => p.trim() !== '');
  const comments = (field: ContractFieldId) => visibleComments(contract).filter((c) => c.field === field);

  return (
    <>
      {points.length > 0 ? (
        <section className={shared.section} aria-labelledby="shared-points">
          <h3 id="shared-points" className={shared.h3}>
            {t.points}
          </h3>
          <ul className={styles.list}>
            {points.map((p, i) => (
              <li key={i} lang={lang}>
                {p}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {questions.length > 0 ? (
        <section className={shared.section} aria-labelledby="shared-questions">
          <h3 id="shared-questions" className={shared.h3}>
            {fillTemplate(t.questions, { name: callName(contract.leader?.displayName ?? '') || t.theLeader })}
          </h3>
          <ChosenQuestionList questions={questions} className={styles.list} />
        </section>
      ) : null}
      {content.contract.fields.map((field) => {
        const isList = field.id === 'selfAgreements' || field.id === 'leaderAgreements';
        const agreements = isList ? contract[field.id as 'selfAgreements' | 'leaderAgreements'].filter((a) => !a.droppedAt) : [];
        const text = isList ? '' : contract.fields[field.id as keyof Contract['fields']];
        return (
          <section key={field.id} className={styles.field} aria-labelledby={`shared-field-${field.id}`} data-shared-field={field.id}>
            <h3 id={`shared-field-${field.id}`} className={shared.h3}>
              {field.heading}
            </h3>
            <p className={styles.question}>{field.question}</p>
            {isList ? (
              agreements.length > 0 ? (
                <ul className={styles.list}>
                  {agreements.map((a) => (
                    <AgreementItem key={a.id} agreement={a} locale={locale} t={t} {...(a.addedBy?.role === 'nearestLeader' ? {} : lang ? { lang } : {})} />
                  ))}
                </ul>
              ) : (
                <p className={shared.muted}>{t.noText}</p>
              )
            ) : text.trim() ? (
              <p className={styles.text} lang={lang}>
                {text}
              </p>
            ) : (
              <p className={shared.muted}>{t.noText}</p>
            )}
            <Comments comments={comments(field.id)} locale={locale} t={t} {...(ownComments ? { own: ownComments } : {})} busy={busy} />
            {onComment ? <CommentForm field={field} t={t} onComment={onComment} busy={busy} /> : null}
          </section>
        );
      })}
    </>
  );
}
