import { Badge, Select, Text, makeStyles, tokens, useId } from '@fluentui/react-components';
import { useEffect, useState, type ChangeEvent } from 'react';
import { defaultDemoUser, getChosenDemoUser, listDemoUsers, setChosenDemoUser, type DemoUser } from '../../auth/demoProvider';
import type { Locale } from '../../content/types';
import { demoStrings } from './strings';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  select: { minWidth: '14rem' },
});

export interface DemoUserSwitcherProps {
  locale: Locale;
  /** The Graph emulator's root URL, e.g. http://127.0.0.1:5999. */
  emulatorUrl: string;
  /**
   * Called after the choice is stored. By default the page reloads, so every store and Graph call
   * starts over as the new user (drafts are autosaved, nothing is lost).
   */
  onSwitch?: (userPrincipalName: string) => void;
}

/**
 * The visible demo marker and the switch between seeded people, so one can prepare as the leader
 * and then open the shared contract as the nearest leader. Shown only in demo mode.
 */
export function DemoUserSwitcher({ locale, emulatorUrl, onSwitch }: DemoUserSwitcherProps) {
  const styles = useStyles();
  const t = demoStrings[locale];
  const selectId = useId('demo-user');
  const [users, setUsers] = useState<DemoUser[] | undefined>();
  const [failed, setFailed] = useState(false);
  const [chosen, setChosen] = useState<string | undefined>(() => getChosenDemoUser());

  useEffect(() => {
    let live = true;
    listDemoUsers(emulatorUrl).then(
      (list) => live && setUsers(list),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [emulatorUrl]);

  const change = (event: ChangeEvent<HTMLSelectElement>): void => {
    const upn = event.target.value;
    setChosen(upn);
    setChosenDemoUser(upn);
    (onSwitch ?? (() => window.location.reload()))(upn);
  };

  const current = chosen ?? (users ? defaultDemoUser(users)?.userPrincipalName : undefined) ?? '';
  return (
    <div className={styles.root} data-testid="demo-switcher">
      <Badge appearance="filled" color="warning" title={t.badgeTitle} aria-label={t.badgeTitle}>
        {t.badge}
      </Badge>
      {failed ? (
        <Text size={200}>{t.unavailable}</Text>
      ) : (
        <>
          <label htmlFor={selectId}>
            <Text size={200}>{t.actAs}</Text>
          </label>
          <Select id={selectId} className={styles.select} value={current} onChange={change} disabled={!users} size="small">
            {!users && <option value="">{t.loading}</option>}
            {users?.map((u) => (
              <option key={u.userPrincipalName} value={u.userPrincipalName}>
                {u.jobTitle ? `${u.displayName} (${u.jobTitle})` : u.displayName}
              </option>
            ))}
          </Select>
        </>
      )}
    </div>
  );
}
