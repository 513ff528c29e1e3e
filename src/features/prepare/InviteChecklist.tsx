/** "Inviter din leder" as a checklist the leader ticks off. Private: it is not shared. */
import { Checkbox, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { isChecklistItemTicked, toggleChecklistItem } from '../../domain/draft';
import { useApp } from '../../ui/AppContext';
import { useSharedStyles } from '../../ui/sharedStyles';

const useStyles = makeStyles({
  list: { listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: tokens.spacingVerticalXS },
});

export function InviteChecklist() {
  const { content, draft, update, t } = useApp();
  const shared = useSharedStyles();
  const styles = useStyles();
  return (
    <section aria-labelledby="invite-heading" className={mergeClasses(shared.card, shared.section)}>
      <h2 id="invite-heading" className={shared.h2}>
        {content.invite.heading}
      </h2>
      <p className={shared.muted}>{t.prepare.checklistHint}</p>
      <ul className={styles.list} data-invite-checklist="">
        {content.invite.items.map((item, index) => (
          <li key={item}>
            <Checkbox label={item} checked={isChecklistItemTicked(draft, index)} onChange={() => update((d) => toggleChecklistItem(d, index))} />
          </li>
        ))}
      </ul>
    </section>
  );
}
