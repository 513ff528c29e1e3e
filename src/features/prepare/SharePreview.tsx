/**
 * Exactly what the nearest leader would see: rendered only from buildSharePreview(contract) and
 * the agenda built from the same contract. Private notes are a separate record and never reach it.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { forwardRef } from 'react';
import { getContent } from '../../content';
import { fillTemplate } from '../../content/uiStrings';
import { buildDialogueAgendaText } from '../../domain/agenda';
import { formatDate } from '../../domain/dateFormats';
import { parseIsoDate } from '../../domain/dates';
import type { Agreement, Contract } from '../../domain/model';
import { buildSharePreview, chosenQuestions } from '../../domain/sharePreview';
import { useApp } from '../../ui/AppContext';
import { useSharedStyles } from '../../ui/sharedStyles';

const useStyles = makeStyles({
  root: {
    marginTop: tokens.spacingVerticalXXL,
    padding: tokens.spacingHorizontalXL,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `2px solid ${tokens.colorCompoundBrandStroke}`,
    borderRadius: tokens.borderRadiusLarge,
    '@media (max-width: 600px)': { padding: tokens.spacingHorizontalM },
  },
  heading: { ':focus': { outline: 'none' }, ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  block: { marginTop: tokens.spacingVerticalL },
  question: { margin: `0 0 ${tokens.spacingVerticalXS}`, color: tokens.colorNeutralForeground2 },
  answer: { margin: 0, whiteSpace: 'pre-wrap' },
  followUp: { display: 'block', color: tokens.colorNeutralForeground2 },
  // The question is a label, the leader's answer follows it: set apart so the two do not run together.
  followUpLabel: { fontWeight: tokens.fontWeightSemibold },
  agenda: {
    margin: 0,
    padding: tokens.spacingHorizontalM,
    whiteSpace: 'pre-wrap',
    fontFamily: 'inherit',
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
  end: { marginTop: tokens.spacingVerticalL, fontWeight: tokens.fontWeightSemibold },
});

export const SharePreview = forwardRef<HTMLHeadingElement, { contract: Contract }>(function SharePreview({ contract }, ref) {
  const { content, t, locale } = useApp();
  const shared = useSharedStyles();
  const styles = useStyles();
  const preview = buildSharePreview(contract);
  const start = parseIsoDate(preview.period.start);
  const end = parseIsoDate(preview.period.end);
  const questions = chosenQuestions(preview.preparation.questionsForLeader, content);
  // The invitation goes out in the language the contract was written in.
  const agenda = buildDialogueAgendaText(contract, getContent(contract.locale));

  const agreementList = (agreements: Agreement[]) => {
    const filled = agreements.filter((a) => a.text.trim() !== '');
    if (filled.length === 0) return <p className={styles.answer}>{t.prepare.previewEmpty}</p>;
    return (
      <ul>
        {filled.map((a) => (
          <li key={a.id}>
            {a.text}
            {a.followUp.trim() || a.cadence ? (
              <span className={styles.followUp}>
                <span className={styles.followUpLabel}>{t.contract.followUpLabel}</span>{' '}
                {[a.followUp.trim(), a.cadence ? t.contract.cadence[a.cadence] : ''].filter(Boolean).join(' · ')}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    );
  };

  return (
    <section aria-labelledby="preview-heading" className={styles.root} data-share-preview="">
      <h2 id="preview-heading" ref={ref} tabIndex={-1} className={mergeClasses(shared.h2, styles.heading)}>
        {t.prepare.previewHeading}
      </h2>
      <p>{t.prepare.previewIntro}</p>
      <h3 className={shared.h3}>{content.contract.heading}</h3>
      {start && end ? <p>{fillTemplate(t.prepare.previewPeriod, { start: formatDate(start, locale), end: formatDate(end, locale) })}</p> : null}
      {content.contract.fields.map((field) => (
        <div key={field.id} className={styles.block} data-preview-field={field.id}>
          <h4 className={shared.h3}>{field.heading}</h4>
          <p className={styles.question}>{field.question}</p>
          {field.id === 'selfAgreements' || field.id === 'leaderAgreements' ? (
            agreementList(preview[field.id])
          ) : (
            <p className={styles.answer}>{preview.fields[field.id].trim() || t.prepare.previewEmpty}</p>
          )}
        </div>
      ))}
      <div className={styles.block}>
        <h3 className={shared.h3}>{t.prepare.pointsHeading}</h3>
        {preview.preparation.points.length > 0 ? (
          <ol data-preview-points="">
            {preview.preparation.points.map((p, i) => (
              <li key={`${i}-${p}`}>{p}</li>
            ))}
          </ol>
        ) : (
          <p className={styles.answer}>{t.prepare.previewEmpty}</p>
        )}
      </div>
      <div className={styles.block}>
        <h3 className={shared.h3}>{t.prepare.questionsHeading}</h3>
        {questions.length > 0 ? (
          <ul data-preview-questions="">
            {questions.map((q) => (
              <li key={q.id}>{q.text}</li>
            ))}
          </ul>
        ) : (
          <p className={styles.answer}>{t.prepare.previewEmpty}</p>
        )}
      </div>
      <div className={styles.block}>
        <h3 className={shared.h3}>{t.prepare.previewAgendaHeading}</h3>
        <p className={styles.question}>{t.prepare.previewAgendaHint}</p>
        <pre className={styles.agenda} lang={contract.locale} data-preview-agenda="">
          {agenda}
        </pre>
      </div>
      <p className={styles.end}>{t.prepare.previewEnd}</p>
    </section>
  );
});
