/** "Inviter din leder" as a checklist the leader ticks off. Private: it is not shared. */
import { Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { isChecklistItemTicked, toggleChecklistItem } from '../../domain/draftEdits';
import { useApp } from '../../ui/AppContext';
import { CardSection } from '../../ui/CardSection';

const useStyles = makeStyles({
  list: { listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: tokens.spacingVerticalXS },
});

export function InviteChecklist() {
  const { content, draft, update, t } = useApp();
  const styles = useStyles();
  return (
    <CardSection headingId="invite-heading" heading={content.invite.heading} hint={t.prepare.checklistHint}>
      <ul className={styles.list} data-invite-checklist="">
        {content.invite.items.map((item, index) => (
          <li key={item}>
            <Checkbox label={item} checked={isChecklistItemTicked(draft, index)} onChange={() => update((d) => toggleChecklistItem(d, index))} />
          </li>
        ))}
      </ul>
    </CardSection>
  );
}
