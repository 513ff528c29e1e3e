/** "Spring til indholdet": the first tab stop; visible only when focused. */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { MouseEvent } from 'react';

const useStyles = makeStyles({
  link: {
    position: 'absolute',
    left: tokens.spacingHorizontalS,
    top: '-100px',
    zIndex: 10,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorBrandForegroundLink,
    border: `2px solid ${tokens.colorStrokeFocus2}`,
    borderRadius: tokens.borderRadiusMedium,
    ':focus': { top: tokens.spacingVerticalS },
  },
});

export function SkipLink({ targetId, label }: { targetId: string; label: string }) {
  const styles = useStyles();
  // The hash is not ours to change (nothing routes on it), so focus the target directly.
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(targetId);
    if (!target) return;
    event.preventDefault();
    target.focus();
    target.scrollIntoView({ block: 'start' });
  };
  return (
    <a className={styles.link} href={`#${targetId}`} onClick={onClick}>
      {label}
    </a>
  );
}
