/**
 * One theme of the interview guide: its question, every support question with a note, a note for
 * the whole theme, and — in theme 1 — the figure; in theme 3 the advice on a difficult
 * collaboration with one's nearest leader, shown apart as a callout rather than as a question.
 */
import { Field, Textarea, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { GuideTheme } from '../../content/types';
import { fillTemplate } from '../../content/uiStrings';
import { setQuestionNote, setThemeNote } from '../../domain/draftEdits';
import { useApp } from '../../ui/AppContext';
import { useSharedStyles } from '../../ui/sharedStyles';
import { FigureSection } from './FigureSection';
import { NoteField } from './NoteField';

const useStyles = makeStyles({
  questions: { listStyle: 'none', padding: 0, margin: `${tokens.spacingVerticalM} 0`, display: 'grid', gap: tokens.spacingVerticalL },
  figureQuestion: { fontStyle: 'italic' },
  callout: {
    margin: `${tokens.spacingVerticalL} 0`,
    padding: tokens.spacingHorizontalL,
    borderLeft: `6px solid ${tokens.colorPaletteMarigoldBorderActive}`,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderLeftWidth: '6px',
    borderLeftColor: tokens.colorPaletteMarigoldBorderActive,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
  calloutText: { margin: 0 },
});

export function GuideThemeSection({ theme }: { theme: GuideTheme }) {
  const { content, draft, update, t } = useApp();
  const shared = useSharedStyles();
  const styles = useStyles();
  const advice = content.guide.difficultCollaborationAdvice;
  const questions = theme.questions.filter((q) => q.text !== advice);
  const hasAdvice = questions.length !== theme.questions.length;
  const headingId = `theme-${theme.id}`;

  return (
    <section aria-labelledby={headingId} className={mergeClasses(shared.card, shared.section)} data-theme-section={theme.id}>
      <h2 id={headingId} className={shared.h2}>
        {theme.number}. {theme.title}
      </h2>
      <p className={styles.figureQuestion}>{theme.figureQuestion}</p>
      {theme.id === 'goals' ? <FigureSection /> : null}
      <ol className={styles.questions}>
        {questions.map((q) => (
          <li key={q.id}>
            <NoteField
              noteId={q.id}
              question={q.text}
              hint={t.guide.questionNoteHint}
              value={draft.notes.questionNotes[q.id] ?? ''}
              onChange={(value) => update((d) => setQuestionNote(d, q.id, value))}
            />
          </li>
        ))}
      </ol>
      {hasAdvice ? (
        <aside className={styles.callout} aria-labelledby={`${headingId}-advice`}>
          <h3 id={`${headingId}-advice`} className={shared.h3}>
            {t.guide.adviceHeading}
          </h3>
          <p className={styles.calloutText}>{advice}</p>
        </aside>
      ) : null}
      <Field label={fillTemplate(t.guide.themeNoteLabel, { number: theme.number, title: theme.title })}>
        <Textarea
          resize="vertical"
          rows={3}
          value={draft.notes.themeNotes[theme.id] ?? ''}
          onChange={(_, data) => update((d) => setThemeNote(d, theme.id, data.value))}
          data-theme-note={theme.id}
        />
      </Field>
    </section>
  );
}
