import { makeStyles, mergeClasses, tokens, useId } from '@fluentui/react-components';
import { useState, type ChangeEvent } from 'react';
import { defaultDemoUser, getChosenDemoUser, listDemoUsers, setChosenDemoUser } from '../../auth/demoUsers';
import type { Locale } from '../../content/types';
import { useHeaderControlStyles } from '../../ui/headerControlStyles';
import { useAsync } from '../../ui/useAsync';
import { demoStrings } from './strings';

// Native elements styled like Fluent's Badge (filled, warning) and Select (small): the switcher is
// on a demo build's first screen, where Fluent's Badge, Select and Text would cost 18 KiB gzip.
const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  badge: {
    display: 'inline-flex',
    alignItems: 'center',
    boxSizing: 'border-box',
    height: '20px',
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusCircular,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase200,
    backgroundColor: tokens.colorPaletteYellowBackground3,
    color: tokens.colorNeutralForeground1Static,
    '@media (forced-colors: active)': { border: '1px solid CanvasText' },
  },
  label: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  // A fixed width: the list of people arrives from the emulator after the first paint, and a select
  // as wide as its longest option would then grow and move the header (a layout shift).
  select: {
    boxSizing: 'border-box',
    width: '16rem',
    maxWidth: '100%',
    height: '24px',
    ':disabled': { color: tokens.colorNeutralForegroundDisabled },
  },
  unavailable: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, display: 'inline-block', width: '16rem' },
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
  const control = useHeaderControlStyles();
  const t = demoStrings[locale];
  const selectId = useId('demo-user');
  const [chosen, setChosen] = useState<string | undefined>(() => getChosenDemoUser());
  const list = useAsync(() => listDemoUsers(emulatorUrl), [emulatorUrl]);
  const users = list.value;
  const failed = list.state === 'failed';

  const change = (event: ChangeEvent<HTMLSelectElement>): void => {
    const upn = event.target.value;
    setChosen(upn);
    setChosenDemoUser(upn);
    (onSwitch ?? (() => window.location.reload()))(upn);
  };

  const current = chosen ?? (users ? defaultDemoUser(users)?.userPrincipalName : undefined) ?? '';
  return (
    <div className={styles.root} data-testid="demo-switcher">
      <span className={styles.badge} title={t.badgeTitle} aria-label={t.badgeTitle} role="img">
        {t.badge}
      </span>
      {failed ? (
        <span className={styles.unavailable}>{t.unavailable}</span>
      ) : (
        <>
          <label htmlFor={selectId} className={styles.label}>
            {t.actAs}
          </label>
          <select id={selectId} className={mergeClasses(control.control, control.select, styles.select)} value={current} onChange={change} disabled={!users}>
            {!users && <option value="">{t.loading}</option>}
            {users?.map((u) => (
              <option key={u.userPrincipalName} value={u.userPrincipalName}>
                {u.jobTitle ? `${u.displayName} (${u.jobTitle})` : u.displayName}
              </option>
            ))}
          </select>
        </>
      )}
    </div>
  );
}
