/**
 * In-app language choice, stored in the draft as localeOverride. "Automatisk" follows the host
 * (Teams locale or the browser), which is what most people want. A native <select> styled like
 * Fluent's: the header is on the first screen, where every kilobyte counts.
 */
import { makeStyles, mergeClasses, tokens, useId } from '@fluentui/react-components';
import type { ChangeEvent } from 'react';
import type { Locale } from '../content/types';
import { setContractLocale, setLocaleOverride } from '../domain/draft';
import { useStartApp } from './AppContext';
import { useHeaderControlStyles } from './headerControlStyles';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  label: { fontSize: tokens.fontSizeBase200 },
  select: {
    minHeight: '24px',
    ':hover': {
      borderTopColor: tokens.colorNeutralStroke1Hover,
      borderRightColor: tokens.colorNeutralStroke1Hover,
      borderLeftColor: tokens.colorNeutralStroke1Hover,
    },
  },
});

export function LanguageSwitch() {
  const { draft, update, t } = useStartApp();
  const styles = useStyles();
  const control = useHeaderControlStyles();
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
      <select id={id} className={mergeClasses(control.control, control.select, styles.select)} value={value} onChange={onChange} data-language-switch="">
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
