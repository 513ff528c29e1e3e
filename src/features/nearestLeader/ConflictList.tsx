/** Texts both people changed at once: theirs is in the contract, mine is kept here to choose. */
import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { MergeConflict } from '../../domain/mergeContract';
import type { SharedStrings } from './strings';

const useStyles = makeStyles({
  item: { marginTop: tokens.spacingVerticalS },
  text: { whiteSpace: 'pre-wrap', margin: `0 0 ${tokens.spacingVerticalXS}` },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export function ConflictList({
  conflicts,
  t,
  onChoose,
  busy,
}: {
  conflicts: MergeConflict[];
  t: SharedStrings;
  onChoose(conflict: MergeConflict, choice: 'mine' | 'theirs'): void;
  busy: boolean;
}) {
  const styles = useStyles();
  if (conflicts.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.conflictsHeading}</MessageBarTitle>
        <p>{t.conflictIntro}</p>
        {conflicts.map((c, i) => (
          <div key={i} className={styles.item} data-conflict>
            <p className={styles.text}>
              <strong>{t.theirText}:</strong> {c.theirs}
            </p>
            <p className={styles.text}>
              <strong>{t.yourText}:</strong> {c.mine}
            </p>
            <div className={styles.buttons}>
              <Button size="small" disabled={busy} onClick={() => onChoose(c, 'mine')}>
                {t.keepMine}
              </Button>
              <Button size="small" disabled={busy} onClick={() => onChoose(c, 'theirs')}>
                {t.keepTheirs}
              </Button>
            </div>
          </div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
