/** The follow-up cadences as a select's options, in their order, named in the reader's language. */
import type { Locale } from '../content/types';
import { CADENCE_LABELS } from '../domain/cadence';
import { FOLLOW_UP_CADENCES } from '../domain/catalog';

export function CadenceOptions({ locale }: { locale: Locale }) {
  return (
    <>
      {FOLLOW_UP_CADENCES.map((c) => (
        <option key={c} value={c}>
          {CADENCE_LABELS[c][locale]}
        </option>
      ))}
    </>
  );
}
