/**
 * "I har ændret den samme tekst": for each text both people changed at once, where it is, their
 * text (now in the agreement) and mine (kept aside), and the choice — "Brug min tekst" puts mine
 * back (resolveConflict) and saves it; "Behold deres" leaves theirs. Until then nothing is decided.
 */
import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { Locale, ToolContent } from '../../content/types';
import { findAgreement } from '../../domain/followUp';
import type { MergeConflict } from '../../domain/mergeContract';
import type { Contract } from '../../domain/model';
import { fullDate } from './StatusChart';
import { fill, followUpStrings } from './strings';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalM },
  text: { whiteSpace: 'pre-wrap', margin: `0 0 ${tokens.spacingVerticalXS}` },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/** Where the conflicting text is, in words. */
export function conflictPlace(conflict: MergeConflict, contract: Contract, content: ToolContent, locale: Locale): string {
  const w = followUpStrings[locale].conflicts.where;
  const target = conflict.target;
  switch (target.kind) {
    case 'field':
      return fill(w.field, { name: content.contract.fields.find((f) => f.id === target.field)?.heading ?? target.field });
    case 'agreement': {
      const name = findAgreement(contract, target.agreementId)?.agreement.text ?? '';
      return fill(target.part === 'text' ? w.agreement : w.agreementFollowUp, { name });
    }
    case 'comment':
      return w.comment;
    case 'followUpNote': {
      const record = contract.collaboration?.followUps.find((f) => f.id === target.followUpId);
      return fill(w.followUpNote, { date: record ? fullDate(record.date, locale) : '' });
    }
    case 'points':
      return w.points;
  }
}

export interface ConflictChoicesProps {
  conflicts: readonly MergeConflict[];
  contract: Contract;
  content: ToolContent;
  locale: Locale;
  disabled?: boolean;
  onChoose(conflict: MergeConflict, choice: 'mine' | 'theirs'): void;
}

export function ConflictChoices({ conflicts, contract, content, locale, disabled, onChoose }: ConflictChoicesProps) {
  const t = followUpStrings[locale];
  const styles = useStyles();
  if (conflicts.length === 0) return null;
  const shown = (text: string) => (text.trim() === '' ? t.conflicts.empty : text);
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="follow-up-conflicts">
      <MessageBarBody>
        <MessageBarTitle>{t.conflicts.heading}</MessageBarTitle>
        <p>{t.conflicts.intro}</p>
        <ul className={styles.list}>
          {conflicts.map((c) => {
            const place = conflictPlace(c, contract, content, locale);
            return (
              <li key={JSON.stringify(c.target)} data-conflict={c.target.kind} aria-label={place}>
                <p className={styles.text}>
                  <strong>{place}</strong>
                </p>
                <p className={styles.text} data-conflict-text="theirs">
                  {t.conflicts.theirs}: {shown(c.theirs)}
                </p>
                <p className={styles.text} data-conflict-text="mine">
                  {t.conflicts.mine}: {shown(c.mine)}
                </p>
                <div className={styles.buttons}>
                  <Button size="small" disabled={disabled} onClick={() => onChoose(c, 'mine')}>
                    {t.sync.keepMine}
                  </Button>
                  <Button size="small" disabled={disabled} onClick={() => onChoose(c, 'theirs')}>
                    {t.sync.keepTheirs}
                  </Button>
                </div>
              </li>
            );
          })}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
