/**
 * In-app language choice, stored in the draft as localeOverride. "Automatisk" follows the host
 * (Teams locale or the browser), which is what most people want. A native <select> styled like
 * Fluent's: the header is on the first screen, where every kilobyte counts.
 */
import { makeStyles, tokens, useId } from '@fluentui/react-components';
import type { ChangeEvent } from 'react';
import type { Locale } from '../content/types';
import { setContractLocale, setLocaleOverride } from '../domain/draft';
import { useApp } from './AppContext';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  label: { fontSize: tokens.fontSizeBase200 },
  select: {
    minHeight: '24px',
    padding: `0 ${tokens.spacingHorizontalXS}`,
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    ':hover': {
      borderTopColor: tokens.colorNeutralStroke1Hover,
      borderRightColor: tokens.colorNeutralStroke1Hover,
      borderLeftColor: tokens.colorNeutralStroke1Hover,
    },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
});

export function LanguageSwitch() {
  const { draft, update, t } = useApp();
  const styles = useStyles();
  const id = useId('language');
  const value = draft.ui.localeOverride ?? 'auto';
  const onChange = (event: ChangeEvent<HTMLSelectElement>) => {
    const next = event.target.value === 'auto' ? null : (event.target.value as Locale);
    // Choosing a language explicitly also means writing the contract in it (its invitation text
    // follows); "Automatisk" leaves the contract's language as it was.
    update((d) => (next ? setContractLocale(setLocaleOverride(d, next), next) : setLocaleOverride(d, null)));
  };
  return (
    <div className={styles.root}>
      <label htmlFor={id} className={styles.label}>
        {t.language.label}
      </label>
      <select id={id} className={styles.select} value={value} onChange={onChange} data-language-switch="">
        <option value="auto">{t.language.auto}</option>
        <option value="da" lang="da">
          {t.language.da}
        </option>
        <option value="en" lang="en">
          {t.language.en}
        </option>
      </select>
    </div>
  );
}
