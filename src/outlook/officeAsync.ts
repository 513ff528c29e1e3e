/**
 * Office.js reports every asynchronous call through a callback with an AsyncResult. This turns one
 * such call into a promise that rejects with what Office said (code, name, message), so callers can
 * await a sequence of calls and know exactly which one failed.
 *
 * The string values are Office.js's documented enum values (Office.AsyncResultStatus.Succeeded is
 * "succeeded", Office.CoercionType.Html is "html"); using them as literals keeps this file free of
 * the global `Office`, so unit tests need not install one.
 */
export const ASYNC_SUCCEEDED = 'succeeded';
export const COERCION_HTML = 'html' as unknown as Office.CoercionType;

/** What Office said when a call failed. */
export interface OfficeFailure {
  code?: number;
  name?: string;
  message: string;
}

export class OfficeCallError extends Error {
  readonly failure: OfficeFailure;

  constructor(failure: OfficeFailure) {
    super(failure.message);
    this.name = 'OfficeCallError';
    this.failure = failure;
  }
}

type Callback<T> = (result: Office.AsyncResult<T>) => void;

/** `await officeCall<void>((cb) => item.subject.setAsync('…', cb))`. */
export function officeCall<T>(invoke: (callback: Callback<T>) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      invoke((result) => {
        if (result && (result.status as unknown as string) === ASYNC_SUCCEEDED) {
          resolve(result.value);
          return;
        }
        const error = result?.error as Partial<Office.Error> | undefined;
        reject(
          new OfficeCallError({
            ...(typeof error?.code === 'number' ? { code: error.code } : {}),
            ...(error?.name ? { name: error.name } : {}),
            message: error?.message || 'Office reported a failure without a message.',
          }),
        );
      });
    } catch (thrown) {
      // Some hosts throw synchronously (e.g. a value the API rejects outright) instead of calling back.
      const message = thrown instanceof Error ? thrown.message : String(thrown);
      reject(new OfficeCallError({ message }));
    }
  });
}
