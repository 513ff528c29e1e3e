/**
 * The words for a failed Graph call: src/graph answers with a GraphAppError's kind, the UI says it
 * with content/errorStrings.ts. Only the lazily loaded parts that talk to Graph import this (never
 * the first screen), so both languages' error words load with them, as the sign-in words do.
 */
import { errorStrings } from '../content/errorStrings';
import type { Locale } from '../content/types';
import { bothLanguages, type LocalizedText } from '../domain/localized';
import type { GraphErrorKind } from '../graph/errors';

/** The sentence for a kind of Graph failure, in the language shown now. */
export function graphErrorText(kind: GraphErrorKind, locale: Locale): string {
  return errorStrings[locale].graph[kind];
}

/** The same in both languages, for a result or state that outlives a language switch. */
export function graphErrorWords(kind: GraphErrorKind): LocalizedText {
  return bothLanguages((locale) => graphErrorText(kind, locale));
}
