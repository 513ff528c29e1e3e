/** The four tools in the series, each linking to where it can be downloaded (a new tab). */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { forwardRef } from 'react';
import { useStartApp } from '../../ui/AppContext';
import { FoldedSection } from '../../ui/FoldedSection';
import type { FoldControl } from '../../ui/FoldedSection';
import { useSharedStyles } from '../../ui/sharedStyles';

const useStyles = makeStyles({
  grid: { gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 220px), 1fr))' },
  label: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  current: { border: `2px solid ${tokens.colorCompoundBrandStroke}` },
  download: { margin: `${tokens.spacingVerticalS} 0 0` },
});

export const SeriesSection = forwardRef<HTMLDetailsElement, FoldControl>(function SeriesSection(fold, ref) {
  const { content, t } = useStartApp();
  const shared = useSharedStyles();
  const styles = useStyles();
  const { series } = content;
  return (
    <FoldedSection ref={ref} id="series" heading={series.heading} {...fold}>
      <ul className={mergeClasses(shared.cardGrid, styles.grid)}>
        {series.tools.map((tool) => (
          <li key={tool.id} className={mergeClasses(shared.card, tool.id === 'tool1' && styles.current)}>
            <h3 className={shared.h3}>{tool.title}</h3>
            <p className={styles.label}>
              {tool.label} {tool.seriesName}
            </p>
            <p className={styles.download}>
              {series.downloadLabel}{' '}
              <a className={shared.link} href={tool.url} target="_blank" rel="noopener noreferrer">
                {tool.urlLabel}
                <span className={shared.visuallyHidden}> {t.intro.opensInNewTab}</span>
              </a>
            </p>
          </li>
        ))}
      </ul>
    </FoldedSection>
  );
});
