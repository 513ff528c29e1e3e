/**
 * Which support questions the nearest leader may see ("Vis eventuelt de spørgsmål …"), by theme. The
 * advice on a difficult collaboration with the nearest leader is not offered: it is not a question
 * for that leader.
 */
import { Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { fillTemplate } from '../../content/uiStrings';
import { toggleQuestionForLeader } from '../../domain/draftEdits';
import { isShareableQuestion } from '../../domain/sharePreview';
import { useApp } from '../../ui/AppContext';
import { CardSection } from '../../ui/CardSection';

const useStyles = makeStyles({
  group: { border: 'none', margin: `${tokens.spacingVerticalM} 0 0`, padding: 0, minWidth: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: tokens.spacingVerticalXS },
  list: { listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: tokens.spacingVerticalXXS },
  // The count is its own line: run on after the hint it read as "… nærmeste leder. 0 spørgsmål valgt".
  count: { display: 'block', marginTop: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold },
});

export function QuestionsForLeader() {
  const { content, draft, update, t } = useApp();
  const styles = useStyles();
  const chosen = new Set(draft.contract.preparation.questionsForLeader);
  const known = content.guide.themes.flatMap((th) => th.questions.map((q) => q.id)).filter(isShareableQuestion);
  const count = known.filter((id) => chosen.has(id)).length;
  return (
    <CardSection
      headingId="questions-heading"
      heading={t.prepare.questionsHeading}
      hint={
        <>
          {t.prepare.questionsHint}{' '}
          <span role="status" className={styles.count}>
            {fillTemplate(t.prepare.questionsChosen, { count })}
          </span>
        </>
      }
    >
      {content.guide.themes.map((theme) => (
        <fieldset key={theme.id} className={styles.group}>
          <legend className={styles.legend}>
            {theme.number}. {theme.title}
          </legend>
          <ul className={styles.list}>
            {theme.questions
              .filter((q) => isShareableQuestion(q.id))
              .map((q) => (
                <li key={q.id}>
                  <Checkbox
                    label={q.text}
                    checked={chosen.has(q.id)}
                    onChange={() => update((d) => toggleQuestionForLeader(d, q.id))}
                    data-question-for-leader={q.id}
                  />
                </li>
              ))}
          </ul>
        </fieldset>
      ))}
    </CardSection>
  );
}
