/** "Hvorfor dette værktøj?" and "Sagt om værktøjet", folded by default: background, not the task. */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useApp } from '../../ui/AppContext';
import { useSharedStyles } from '../../ui/sharedStyles';

const useStyles = makeStyles({
  quotes: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 260px), 1fr))',
    gap: tokens.spacingHorizontalM,
    listStyle: 'none',
    padding: 0,
    margin: `${tokens.spacingVerticalM} 0 0`,
  },
  quote: { margin: 0 },
  blockquote: { margin: 0, fontStyle: 'italic' },
  source: { margin: `${tokens.spacingVerticalS} 0 0`, color: tokens.colorNeutralForeground2 },
});

export function WhySection() {
  const { content } = useApp();
  const shared = useSharedStyles();
  const styles = useStyles();
  const { why, quotes } = content;
  return (
    <>
      <details className={mergeClasses(shared.section, shared.disclosure)}>
        <summary>
          <h2 className={shared.h2}>{why.heading}</h2>
        </summary>
        <p className={shared.lead}>{why.intro}</p>
        <ul>
          {why.findings.map((finding) => (
            <li key={finding}>{finding}</li>
          ))}
        </ul>
        <p>
          <a className={shared.link} href={why.surveyUrl} target="_blank" rel="noopener noreferrer">
            {why.surveyLinkLabel}
          </a>
        </p>
      </details>
      <details className={mergeClasses(shared.section, shared.disclosure)}>
        <summary>
          <h2 className={shared.h2}>{quotes.heading}</h2>
        </summary>
        <ul className={styles.quotes}>
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
      </details>
    </>
  );
}
