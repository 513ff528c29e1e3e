/**
 * A small, hand-written reader for untrusted JSON (local drafts, lederaftale.json from OneDrive).
 * Each reader checks one value, records a path-precise error ("contract.selfAgreements[2].text: …")
 * and returns a safe fallback, so one pass reports every problem instead of stopping at the first.
 */
import { isRecord } from './isRecord';

export class Reader {
  readonly errors: string[] = [];

  fail(path: string, message: string): void {
    this.errors.push(`${path || '(root)'}: ${message}`);
  }

  get ok(): boolean {
    return this.errors.length === 0;
  }

  object(value: unknown, path: string): Record<string, unknown> | undefined {
    if (isRecord(value)) return value;
    this.fail(path, `expected an object, got ${describe(value)}`);
    return undefined;
  }

  string(value: unknown, path: string, { nonEmpty = false } = {}): string {
    if (typeof value !== 'string') {
      this.fail(path, `expected text, got ${describe(value)}`);
      return '';
    }
    if (nonEmpty && value.trim() === '') this.fail(path, 'must not be empty');
    return value;
  }

  optionalString(value: unknown, path: string): string | undefined {
    return value === undefined ? undefined : this.string(value, path);
  }

  oneOf<T extends string>(set: readonly T[], value: unknown, path: string, fallback: T): T {
    if (typeof value === 'string' && (set as readonly string[]).includes(value)) return value as T;
    this.fail(path, `expected one of ${set.map((s) => `"${s}"`).join(', ')}, got ${describe(value)}`);
    return fallback;
  }

  timestamp(value: unknown, path: string): string {
    const text = this.string(value, path);
    if (typeof value === 'string' && !Number.isFinite(Date.parse(text))) this.fail(path, 'expected an ISO 8601 date and time');
    return text;
  }

  array<T>(value: unknown, path: string, item: (value: unknown, path: string) => T): T[] {
    if (!Array.isArray(value)) {
      this.fail(path, `expected a list, got ${describe(value)}`);
      return [];
    }
    return value.map((v, i) => item(v, `${path}[${i}]`));
  }

  /** A record of text by key; `keys` restricts which keys are allowed. */
  textRecord<K extends string>(value: unknown, path: string, keys?: readonly K[]): Partial<Record<K, string>> {
    const obj = this.object(value, path);
    const out: Partial<Record<K, string>> = {};
    if (!obj) return out;
    for (const [key, text] of Object.entries(obj)) {
      const keyPath = `${path}.${key}`;
      if (keys && !(keys as readonly string[]).includes(key)) {
        this.fail(keyPath, 'unknown key');
        continue;
      }
      out[key as K] = this.string(text, keyPath);
    }
    return out;
  }
}

/** What a value is, for messages, without echoing its content (it may be huge or hostile). */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `text of ${value.length} characters`;
  return typeof value === 'object' ? 'an object' : `${typeof value} ${typeof value === 'number' || typeof value === 'boolean' ? String(value) : ''}`.trim();
}

export function joinPath(base: string, key: string): string {
  return base === '' ? key : `${base}.${key}`;
}
