/**
 * HTML escaping for every piece of user text that ends up in HTML sent to Microsoft 365
 * (invitation agendas, chat messages). Graph renders event bodies and chat messages as HTML, so a
 * leader's "<script>" or "&" must arrive as text, never as markup.
 */
import { xmlSafeText } from './xmlText';

const replacements: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Also replaces the code points XML forbids (U+FFFF, control characters): Graph and Teams parse these bodies. */
export function escapeHtml(text: string): string {
  return xmlSafeText(text).replace(/[&<>"']/g, (ch) => replacements[ch] ?? ch);
}

/**
 * A tagged template for HTML built from a fixed template and user text: every interpolated value
 * is escaped, so `safeHtml\`<p>${note}</p>\`` can never inject markup. Nest with `trustedHtml`.
 */
export class TrustedHtml {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

export function trustedHtml(html: string): TrustedHtml {
  return new TrustedHtml(html);
}

export function safeHtml(strings: TemplateStringsArray, ...values: unknown[]): string {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    const part = Array.isArray(value)
      ? value.map((v) => (v instanceof TrustedHtml ? v.html : escapeHtml(String(v)))).join('')
      : value instanceof TrustedHtml
        ? value.html
        : // eslint-disable-next-line @typescript-eslint/no-base-to-string -- any value may be interpolated; whatever it prints is escaped
          escapeHtml(String(value ?? ''));
    out += part + (strings[i + 1] ?? '');
  });
  return out;
}
