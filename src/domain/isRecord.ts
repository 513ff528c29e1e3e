/**
 * Whether an untrusted value is a plain JSON object. Apart from validate.ts's Reader because the
 * start page needs only this (its draft store checks what IndexedDB returns): webpack ships every
 * used export of a module with the first chunk that imports it, so the Reader stays with the steps.
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
