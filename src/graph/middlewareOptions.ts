/**
 * Reads a per-request middleware option from the SDK's context. The SDK does not export
 * MiddlewareControl from its entry point, and a deep import would load a second copy of the class
 * in the browser bundle (which uses the package's ES build), so `instanceof` is not used.
 */
import type { Context } from '@microsoft/microsoft-graph-client';

export function middlewareOption<T>(context: Context, optionClass: abstract new (...args: never[]) => T): T | undefined {
  const control = context.middlewareControl as { getMiddlewareOptions?: (fn: unknown) => unknown } | undefined;
  const option = control?.getMiddlewareOptions?.(optionClass);
  return option instanceof optionClass ? option : undefined;
}
