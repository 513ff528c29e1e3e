/** "Hvorfor dette værktøj?" and "Sagt om værktøjet", folded by default: background, not the task. */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useStartApp } from '../../ui/AppContext';
import { FoldedSection } from '../../ui/FoldedSection';
import { useSharedStyles } from '../../ui/sharedStyles';

const useStyles = makeStyles({
  quotes: { gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 260px), 1fr))' },
  quote: { margin: 0 },
  blockquote: { margin: 0, fontStyle: 'italic' },
  source: { margin: `${tokens.spacingVerticalS} 0 0`, color: tokens.colorNeutralForeground2 },
  // A line set apart, not a bullet: a bar and a tint, and bold, so it is not told by colour alone.
  highlight: {
    margin: `${tokens.spacingVerticalM} 0`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderLeft: `4px solid ${tokens.colorCompoundBrandStroke}`,
    backgroundColor: tokens.colorBrandBackground2,
    fontWeight: tokens.fontWeightSemibold,
  },
});

export function WhySection() {
  const { content } = useStartApp();
  const shared = useSharedStyles();
  const styles = useStyles();
  const { why, quotes } = content;
  return (
    <>
      <FoldedSection heading={why.heading}>
        <p className={shared.lead}>{why.intro}</p>
        {/* The seed sets „Dette værktøj sætter spot på relationen …“ apart from the bullets, as a
            highlighted line after the bullet on relations: two lists around it keep that order. */}
        <ul>
          {why.findings.slice(0, why.highlight.afterFinding + 1).map((finding) => (
            <li key={finding}>{finding}</li>
          ))}
        </ul>
        <p className={styles.highlight} data-why-highlight="">
          {why.highlight.text}
        </p>
        <ul>
          {why.findings.slice(why.highlight.afterFinding + 1).map((finding) => (
            <li key={finding}>{finding}</li>
          ))}
        </ul>
        <p>
          <a className={shared.link} href={why.surveyUrl} target="_blank" rel="noopener noreferrer">
            {why.surveyLinkLabel}
          </a>
        </p>
      </FoldedSection>
      <FoldedSection heading={quotes.heading}>
        <ul className={mergeClasses(shared.cardGrid, styles.quotes)}>
          {quotes.items.map((quote) => (
            <li key={quote.title} className={mergeClasses(shared.card, styles.quote)}>
              <figure className={styles.quote}>
                <h3 className={shared.h3}>{quote.title}</h3>
                <blockquote className={styles.blockquote}>
                  <p>{quote.text}</p>
                </blockquote>
                <figcaption className={styles.source}>{quote.source}</figcaption>
              </figure>
            </li>
          ))}
        </ul>
      </FoldedSection>
    </>
  );
}
