/**
 * "Ændret efter accept": what changed in the agreement since the nearest leader accepted it, as one
 * line per change (src/domain/acceptance.ts finds the changes; this words them).
 */
import { getContent } from '../../content';
import type { Locale } from '../../content/types';
import { fillTemplate } from '../../content/uiStrings';
import type { AcceptanceChange } from '../../domain/acceptance';
import type { SharedStrings } from './strings';

export function describeAcceptanceChanges(changes: readonly AcceptanceChange[], t: SharedStrings, locale: Locale): string[] {
  const headings = new Map(getContent(locale).contract.fields.map((f) => [f.id as string, f.heading] as const));
  return changes.map((change) => {
    switch (change.kind) {
      case 'field':
        return fillTemplate(t.changedField, { field: headings.get(change.field) ?? change.field });
      case 'agreementAdded':
        return fillTemplate(t.changedAgreementAdded, { text: change.text });
      case 'agreementChanged':
        return fillTemplate(t.changedAgreementChanged, { text: change.text });
      case 'agreementRemoved':
        return fillTemplate(t.changedAgreementRemoved, { text: change.text });
    }
  });
}
