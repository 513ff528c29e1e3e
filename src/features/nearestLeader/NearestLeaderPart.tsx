/**
 * The nearest leader's part as the leader reads it: the acceptance (or "Ændret efter accept"), their
 * agreements in their own list, each signed with their name and the date, and — where the view has
 * no field to put them beside — their comments. The same component in step 2, step 3, the follow-up
 * view and the dialogue panel, so the part reads the same everywhere.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Locale, ToolContent } from '../../content/types';
import { fillTemplate } from '../../content/uiStrings';
import { commentsFor, type NearestLeaderPart as Part } from '../../domain/nearestLeaderPart';
import type { FieldComment } from '../../domain/model';
import { useSharedStyles } from '../../ui/sharedStyles';
import { showDate } from './format';
import { partStrings } from './partStrings';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'grid', gap: tokens.spacingVerticalS },
  signature: { display: 'block', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  accepted: { fontWeight: tokens.fontWeightSemibold },
  comment: { whiteSpace: 'pre-wrap' },
  aside: {
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    paddingLeft: tokens.spacingHorizontalM,
    marginTop: tokens.spacingVerticalS,
  },
});

/** "Accepteret af Lars Nielsen den 6. december 2026", "Ændret efter accept: …" or "Ikke accepteret endnu". */
export function AcceptanceLine({ part, locale, className }: { part: Part; locale: Locale; className?: string }) {
  const t = partStrings[locale];
  const styles = useStyles();
  const state = part.acceptance;
  const text =
    state.status === 'none'
      ? t.notAccepted
      : fillTemplate(state.status === 'current' ? t.accepted : t.changed, { name: state.acceptance.displayName, date: showDate(state.acceptance.at, locale) });
  return (
    <p className={mergeClasses(state.status === 'current' && styles.accepted, className)} data-acceptance-status={state.status}>
      {text}
    </p>
  );
}

/** Their agreements, signed, in their own list. */
export function NearestLeaderAgreements({ part, locale, headingLevel = 3 }: { part: Part; locale: Locale; headingLevel?: 2 | 3 | 4 }) {
  const t = partStrings[locale];
  const styles = useStyles();
  const shared = useSharedStyles();
  if (part.agreements.length === 0) return null;
  const Heading = `h${headingLevel}` as const;
  const name = part.name || t.headingNoName;
  return (
    <div data-nearest-leader-agreements="">
      <Heading className={shared.h3}>{fillTemplate(t.agreements, { name })}</Heading>
      <ul className={styles.list}>
        {part.agreements.map((a) => (
          <li key={a.id} data-nearest-leader-agreement={a.id}>
            {a.text}
            {a.followUp ? (
              <span className={styles.signature}>
                {t.followUp} {a.followUp}
              </span>
            ) : null}
            <span className={styles.signature}>{fillTemplate(t.signed, { name: a.addedBy.displayName || name, date: showDate(a.addedBy.at, locale) })}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Their comments on one field, beside it (step 2). */
export function NearestLeaderComments({ comments, part, locale }: { comments: FieldComment[]; part: Part; locale: Locale }) {
  const t = partStrings[locale];
  const styles = useStyles();
  if (comments.length === 0) return null;
  return (
    <aside className={styles.aside} aria-label={fillTemplate(t.comments, { name: part.name || t.headingNoName })} data-nearest-leader-comments="">
      <ul className={styles.list}>
        {comments.map((c) => (
          <li key={c.id}>
            <span className={styles.comment}>{c.text}</span>
            <span className={styles.signature}>{fillTemplate(t.commentSigned, { name: c.by.displayName, date: showDate(c.editedAt ?? c.by.at, locale) })}</span>
          </li>
        ))}
      </ul>
    </aside>
  );
}

/**
 * The whole part in one section: acceptance, agreements and (with `content`) the comments under
 * each field's heading. For views that do not show the fields themselves.
 */
/** The nearest leader's comments under the heading of each field that has any. */
export function CommentsByField({ part, fields, locale }: { part: Part; fields: ToolContent['contract']['fields']; locale: Locale }) {
  const shared = useSharedStyles();
  return (
    <>
      {fields
        .filter((f) => commentsFor(part, f.id).length > 0)
        .map((f) => (
          <div key={f.id}>
            <p className={shared.muted}>{f.heading}</p>
            <NearestLeaderComments comments={commentsFor(part, f.id)} part={part} locale={locale} />
          </div>
        ))}
    </>
  );
}

export function NearestLeaderPartSection({
  part,
  locale,
  content,
  headingLevel = 2,
  className,
  headingClassName,
}: {
  part: Part;
  locale: Locale;
  content?: ToolContent;
  headingLevel?: 2 | 3;
  className?: string;
  headingClassName?: string;
}) {
  const t = partStrings[locale];
  const shared = useSharedStyles();
  const Heading = `h${headingLevel}` as const;
  const sub = (headingLevel + 1) as 3 | 4;
  const SubHeading = `h${sub}` as const;
  const withComments = content ? content.contract.fields.filter((f) => commentsFor(part, f.id).length > 0) : [];
  return (
    <section className={className} aria-labelledby="nearest-leader-part-heading" data-nearest-leader-part="">
      <Heading id="nearest-leader-part-heading" className={headingClassName ?? (headingLevel === 2 ? shared.h2 : shared.h3)}>
        {part.name ? fillTemplate(t.heading, { name: part.name }) : t.headingNoName}
      </Heading>
      <AcceptanceLine part={part} locale={locale} />
      <NearestLeaderAgreements part={part} locale={locale} headingLevel={sub} />
      {withComments.length > 0 ? (
        <>
          <SubHeading className={shared.h3}>{fillTemplate(t.comments, { name: part.name || t.headingNoName })}</SubHeading>
          <CommentsByField part={part} fields={withComments} locale={locale} />
        </>
      ) : null}
    </section>
  );
}
