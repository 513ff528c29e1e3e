/**
 * Search the organisation as you type (debounced, GET /me/people then /users) and pick a person.
 * A Fluent Combobox: role=combobox with a listbox of options, arrow keys and Enter, labelled by
 * its Field; what the search is doing is announced in a polite live region.
 */
import { Combobox, Field, Option, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { Locale } from '../../content/types';
import type { Person } from '../../domain/model';
import type { GraphClient } from '../../graph/client';
import { isGraphAppError } from '../../graph/errors';
import { searchPeople } from '../../graph/people';
import { graphErrorText } from '../../ui/graphErrorWords';
import { inviteStrings } from './strings';

/** Long enough to skip the keystrokes of a word being typed, short enough to feel immediate. */
export const SEARCH_DEBOUNCE_MS = 300;

const useStyles = makeStyles({
  combobox: { width: '100%', maxWidth: '28rem' },
  status: { color: tokens.colorNeutralForeground2, minHeight: '1.25rem', margin: `${tokens.spacingVerticalXS} 0 0` },
});

export interface PeoplePickerProps {
  graph: GraphClient;
  locale: Locale;
  onPick(person: Person): void;
  /** An issue from the last "Book og del", shown under the field. */
  error?: string;
}

type SearchState = { kind: 'idle' } | { kind: 'searching' } | { kind: 'found'; people: Person[] } | { kind: 'failed'; message: string };

export function PeoplePicker({ graph, locale, onPick, error }: PeoplePickerProps) {
  const t = inviteStrings[locale].leader;
  const styles = useStyles();
  const [query, setQuery] = useState('');
  const [state, setState] = useState<SearchState>({ kind: 'idle' });
  const latest = useRef(0);

  // Not useAsync: the search waits for a pause in typing, and shows 'searching' only once it starts.
  useEffect(() => {
    const text = query.trim();
    const mine = ++latest.current;
    if (text.length < 2) {
      setState({ kind: 'idle' });
      return undefined;
    }
    const timer = setTimeout(() => {
      setState({ kind: 'searching' });
      searchPeople(graph, text).then(
        (people) => mine === latest.current && setState({ kind: 'found', people: people.filter((p) => p.mail) }),
        (thrown: unknown) =>
          mine === latest.current && setState({ kind: 'failed', message: isGraphAppError(thrown) ? graphErrorText(thrown.kind, locale) : t.searchFailed }),
      );
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [graph, query, locale, t.searchFailed]);

  const people = state.kind === 'found' ? state.people : [];
  const status =
    state.kind === 'searching'
      ? t.searching
      : state.kind === 'failed'
        ? `${t.searchFailed} ${state.message}`
        : state.kind === 'found' && people.length === 0
          ? t.noResults
          : '';

  return (
    <div>
      <Field label={t.searchLabel} hint={t.searchHint} validationMessage={error} validationState={error ? 'error' : 'none'}>
        <Combobox
          className={styles.combobox}
          freeform
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onOptionSelect={(_, data) => {
            const person = people.find((p) => p.mail === data.optionValue);
            if (person) {
              setQuery(person.displayName);
              onPick(person);
            }
          }}
          data-testid="people-picker"
        >
          {people.map((p) => (
            <Option key={p.mail} value={p.mail} text={p.displayName}>
              {`${p.displayName} – ${p.mail}`}
            </Option>
          ))}
        </Combobox>
      </Field>
      <p className={styles.status} role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
