/** How an item of "Mine data" is named and dated in the view. */
import type { Locale } from '../../content/types';
import { formatDateTime } from '../../domain/dateFormats';
import type { DataItem } from '../../domain/myData';
import type { LocalRecordKind } from '../../store/localData';
import type { MyDataStrings } from './strings';

export function itemLabel(item: DataItem, t: MyDataStrings): string {
  if (item.kind === 'localRecord') return t.local[item.title as LocalRecordKind] ?? t.local.other;
  const kind = t.kinds[item.kind];
  // Titles from the record alone can be ids; only words are worth showing.
  const title = item.foundBy.includes('looking') || item.kind === 'todoTask' || item.kind === 'reminderEvent' || item.kind === 'permission' ? item.title : '';
  return title ? `${kind}: ${title}` : kind;
}

export function itemDate(item: DataItem, locale: Locale): string {
  if (!item.date) return '';
  const date = new Date(item.date);
  return Number.isNaN(date.getTime()) ? item.date : formatDateTime(date, locale);
}
