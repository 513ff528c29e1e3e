/**
 * One of the five contract fields, in the tool's wording: the question, the leader's answer
 * (text or a list of agreements), "Hent fra noter", and — when asked for — the worked example
 * beside it (side by side on wide screens, stacked on narrow ones).
 */
import { Button, Field, Textarea, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ArrowImport16Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { ContractField } from '../../content/types';
import { fillTemplate } from '../../content/uiStrings';
import { CONTRACT_TEXT_FIELD_IDS, isOneOf } from '../../domain/catalog';
import { setContractField } from '../../domain/draftEdits';
import { useApp } from '../../ui/AppContext';
import { useSharedStyles } from '../../ui/sharedStyles';
import { commentsFor, nearestLeaderPart, type NearestLeaderPart } from '../../domain/nearestLeaderPart';
import { NearestLeaderAgreements, NearestLeaderComments } from '../nearestLeader/NearestLeaderPart';
import { AgreementList } from './AgreementList';
import { pullNotesIntoField } from './pullNotes';
import { useFieldIssues } from './useFieldIssues';

/** While writing, only a text too long to share is flagged; an empty field is the leader's work in progress. */
const WHILE_WRITING = ['tooLong'] as const;

const useStyles = makeStyles({
  columns: { display: 'grid', gap: tokens.spacingHorizontalXL, gridTemplateColumns: 'minmax(0, 1fr)' },
  withExample: {
    '@media (min-width: 800px)': { gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)' },
  },
  question: { display: 'block', marginTop: 0, marginBottom: tokens.spacingVerticalS },
  textarea: { width: '100%' },
  pullRow: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM, marginTop: tokens.spacingVerticalS },
  status: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  example: {
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground3,
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  exampleList: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export function ContractFieldSection({ field, showExample, part: given }: { field: ContractField; showExample: boolean; part?: NearestLeaderPart }) {
  const { content, draft, update, t, locale } = useApp();
  const part = given ?? nearestLeaderPart(draft.contract);
  const shared = useSharedStyles();
  const styles = useStyles();
  const [pullMessage, setPullMessage] = useState('');
  const issueAt = useFieldIssues(WHILE_WRITING);
  const headingId = `field-${field.id}`;
  const questionId = `${headingId}-question`;
  const theme = content.guide.themes.find((th) => th.id === field.theme);
  const themeNumber = theme?.number ?? '';
  const textField = isOneOf(CONTRACT_TEXT_FIELD_IDS, field.id) ? field.id : null;
  const listField = field.id === 'selfAgreements' || field.id === 'leaderAgreements' ? field.id : null;

  const onPull = () => {
    // Computed from the current draft, then applied: the message must say what actually happened.
    const result = pullNotesIntoField(draft, field, content);
    if (result.added > 0) update(() => result.draft);
    setPullMessage(fillTemplate(result.added > 0 ? t.contract.pulled : t.contract.nothingToPull, { number: themeNumber }));
  };

  return (
    <section aria-labelledby={headingId} className={mergeClasses(shared.card, shared.section)} data-contract-field={field.id}>
      <h2 id={headingId} className={shared.h2}>
        {field.heading}
      </h2>
      <div className={mergeClasses(styles.columns, showExample && styles.withExample)}>
        <div>
          {textField ? (
            <>
              <label id={questionId} htmlFor={`${headingId}-input`} className={styles.question}>
                {field.question}
              </label>
              {/* The question above is the label (htmlFor); Field adds only the issue, tied to the input. */}
              <Field {...issueAt(`fields.${textField}`)}>
                <Textarea
                  id={`${headingId}-input`}
                  className={styles.textarea}
                  resize="vertical"
                  rows={4}
                  value={draft.contract.fields[textField]}
                  onChange={(_, data) => update((d) => setContractField(d, textField, data.value))}
                  data-contract-input={field.id}
                />
              </Field>
            </>
          ) : listField ? (
            <>
              <p id={questionId} className={styles.question}>
                {field.question}
              </p>
              <AgreementList listId={listField} />
              {/* The nearest leader's agreements: signed, in their own list, not among the leader's own. */}
              {listField === 'leaderAgreements' ? <NearestLeaderAgreements part={part} locale={locale} /> : null}
            </>
          ) : null}
          <NearestLeaderComments comments={commentsFor(part, field.id)} part={part} locale={locale} />
          <div className={styles.pullRow}>
            <Button size="small" icon={<ArrowImport16Regular />} onClick={onPull} aria-describedby={`${headingId}-pull`}>
              {t.contract.pullFromNotes}
            </Button>
            <span id={`${headingId}-pull`} role="status" className={styles.status}>
              {pullMessage}
            </span>
          </div>
        </div>
        {showExample ? (
          <div className={styles.example} data-example={field.id}>
            <h3 className={shared.h3}>{t.contract.exampleColumn}</h3>
            <ul className={styles.exampleList}>
              {content.contract.example[field.id].map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </section>
  );
}
