/**
 * Text for XML 1.0 (the .docx parts, HTML event bodies and chat messages): XML forbids most C0
 * control characters, U+FFFE, U+FFFF and unpaired surrogates, and one of them makes a whole
 * `word/document.xml` unreadable. They are replaced by U+FFFD (visible, so nothing vanishes
 * silently), except tab, line feed and carriage return, which XML allows. The contract JSON keeps
 * the text as typed; only what is written as XML passes through here.
 */

// Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]  (XML 1.0, §2.2)
// eslint-disable-next-line no-control-regex -- the control characters XML forbids are exactly what this matches
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const XML_REPLACEMENT = '\uFFFD';

/** The text with every code point XML 1.0 forbids replaced by U+FFFD. */
export function xmlSafeText(text: string): string {
  return text.replace(FORBIDDEN, XML_REPLACEMENT);
}

/** Every string in a plain JSON-like value (a contract) made XML-safe; the input is not changed. */
export function xmlSafeDeep<T>(value: T): T {
  if (typeof value === 'string') return xmlSafeText(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => xmlSafeDeep(v)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, xmlSafeDeep(v)])) as T;
  }
  return value;
}
