/**
 * "Sådan kan I bruge værktøjet": the five boxes. The three with main roles are framed, as in the
 * tool, and also labelled "Hovedrolle" in text so the difference is not carried by a border alone.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { forwardRef } from 'react';
import { useStartApp } from '../../ui/AppContext';
import { FoldedSection } from '../../ui/FoldedSection';
import type { FoldControl } from '../../ui/FoldedSection';
import { useSharedStyles } from '../../ui/sharedStyles';

const useStyles = makeStyles({
  grid: { gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 240px), 1fr))' },
  box: { margin: 0 },
  mainRole: { border: `3px solid ${tokens.colorCompoundBrandStroke}` },
  badge: {
    display: 'inline-block',
    marginBottom: tokens.spacingVerticalXS,
    padding: `0 ${tokens.spacingHorizontalS}`,
    border: `1px solid ${tokens.colorCompoundBrandStroke}`,
    borderRadius: tokens.borderRadiusCircular,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
  },
  text: { margin: 0 },
});

export const RolesSection = forwardRef<HTMLDetailsElement, FoldControl>(function RolesSection(fold, ref) {
  const { content, t } = useStartApp();
  const shared = useSharedStyles();
  const styles = useStyles();
  const { roles } = content;
  return (
    <FoldedSection ref={ref} id="roles" heading={roles.heading} {...fold}>
      {roles.intro.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <ul className={mergeClasses(shared.cardGrid, styles.grid)}>
        {roles.boxes.map((box) => (
          <li key={box.id} className={mergeClasses(shared.card, styles.box, box.mainRole && styles.mainRole)} data-main-role={box.mainRole}>
            {box.mainRole ? <span className={styles.badge}>{t.intro.mainRole}</span> : null}
            <h3 className={shared.h3}>{box.title}</h3>
            <p className={styles.text}>{box.text}</p>
          </li>
        ))}
      </ul>
    </FoldedSection>
  );
});
