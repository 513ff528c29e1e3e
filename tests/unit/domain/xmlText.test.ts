import { XMLValidator } from 'fast-xml-parser';
import { xmlSafeDeep, xmlSafeText } from '../../../src/domain/xmlText';
import { escapeHtml } from '../../../src/domain/html';

describe('xmlSafeText', () => {
  it('replaces the code points XML 1.0 forbids and keeps tab, newlines and paired surrogates', () => {
    expect(xmlSafeText('a\uFFFEb\uFFFFc\u0000d\u001Fe')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe');
    expect(xmlSafeText('x\ud800y\udc00z')).toBe('x\uFFFDy\uFFFDz');
    expect(xmlSafeText('tab\there\r\nnext 😀')).toBe('tab\there\r\nnext 😀');
    expect(escapeHtml('<\uFFFF>')).toBe('&lt;\uFFFD&gt;');
  });

  it('makes every string of a nested value safe without changing the input', () => {
    const input = { a: ['x\uFFFF'], b: { c: 'y\u0001' }, n: 1 };
    expect(xmlSafeDeep(input)).toEqual({ a: ['x\uFFFD'], b: { c: 'y\uFFFD' }, n: 1 });
    expect(input.a[0]).toBe('x\uFFFF');
  });

  it('a string that is valid XML text stays well formed inside an element', () => {
    const bad = Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)).join('') + '\uFFFE\uFFFF\ud800';
    expect(XMLValidator.validate(`<r>${escapeHtml(bad)}</r>`)).toBe(true);
  });
});
