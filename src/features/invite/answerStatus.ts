/**
 * A useAsync answer in the shape the booking screen's sections take: loading, done (with what the
 * answer gives them) or failed with a message in the language shown now.
 */
import type { Locale } from '../../content/types';
import { isGraphAppError } from '../../graph/errors';
import { graphErrorText } from '../../ui/graphErrorWords';
import type { AsyncResult } from '../../ui/useAsync';

export type AnswerStatus<D> = { status: 'loading' } | ({ status: 'done' } & D) | { status: 'failed'; message: string };

export function answerStatus<T, D extends object>(answer: AsyncResult<T>, locale: Locale, done: (value: T) => D): AnswerStatus<D> {
  if (answer.state === 'done') return { status: 'done', ...done(answer.value) };
  if (answer.state === 'failed')
    return { status: 'failed', message: isGraphAppError(answer.error) ? graphErrorText(answer.error.kind, locale) : String(answer.error) };
  return { status: 'loading' };
}
