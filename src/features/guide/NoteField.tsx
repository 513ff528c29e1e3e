/**
 * A private note under a support question. The textarea is labelled by the question itself, so a
 * screen reader says what the note answers; the visible hint "Din note" is its description.
 */
import { Textarea, makeStyles, tokens, useId } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { display: 'grid', gap: tokens.spacingVerticalXS },
  question: { margin: 0 },
  hint: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

export interface NoteFieldProps {
  question: string;
  hint: string;
  value: string;
  onChange(value: string): void;
  /** Marks the field for tests and the e2e walk-through. */
  noteId: string;
}

export function NoteField({ question, hint, value, onChange, noteId }: NoteFieldProps) {
  const styles = useStyles();
  const questionId = useId('question');
  const hintId = useId('hint');
  return (
    <div className={styles.root}>
      <p id={questionId} className={styles.question}>
        {question}
      </p>
      <span id={hintId} className={styles.hint}>
        {hint}
      </span>
      <Textarea
        resize="vertical"
        rows={2}
        value={value}
        aria-labelledby={questionId}
        aria-describedby={hintId}
        onChange={(_, data) => onChange(data.value)}
        data-note={noteId}
      />
    </div>
  );
}
