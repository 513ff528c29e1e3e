/**
 * The splitter that replaces Griffel's stylis-based one in the browser bundle (webpack.config.js)
 * must give the renderer's insertion cache exactly the keys Griffel's own rehydration gives it, or
 * hydration would insert the prerendered rules a second time. Compared on the real prerendered
 * start page's <style> elements, in both languages, and on the syntax a rule may hold.
 */
import { createDOMRenderer, RendererProvider } from '@fluentui/react-components';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { forEachCSSRule } from '../../../src/ui/griffel/forEachCSSRule';
import { renderStartPage } from '../../../src/ui/prerender/renderStartPage';

interface Bucket {
  attributes: Record<string, string>;
  text: string;
}

/** The <style> elements of a prerendered <head>: their attributes and text (Griffel writes it unescaped). */
function buckets(head: string): Bucket[] {
  return [...head.matchAll(/<style([^>]*)>([^<]*)<\/style>/g)].map(([, attrs = '', text = '']) => ({
    attributes: Object.fromEntries([...attrs.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, name = '', value = '']) => [name, value])),
    text,
  }));
}

/** The insertion cache Griffel's own rehydration builds from these elements (in Node, stylis splits the text). */
function griffelKeys(styles: Bucket[]): string[] {
  const elements = styles.map(({ attributes, text }) => ({
    textContent: text,
    media: attributes.media ?? '',
    attributes: Object.entries(attributes).map(([name, value]) => ({ name, value })),
    dataset: { makeStylesBucket: attributes['data-make-styles-bucket'] },
    getAttribute: (name: string) => attributes[name] ?? null,
    setAttribute: () => undefined,
  }));
  const target = { querySelectorAll: () => elements } as unknown as Document;
  const renderer = createDOMRenderer(target);
  // The provider the app renders (src/ui/AppRoot.tsx) rehydrates only where it sees a DOM (a global
  // window with a document); this node test gives it one for the render.
  const global = globalThis as { window?: unknown };
  global.window = { document: { createElement: () => ({}) } };
  try {
    renderToStaticMarkup(createElement(RendererProvider, { renderer, targetDocument: target, children: null }));
  } finally {
    delete global.window;
  }
  return Object.keys(renderer.insertionCache);
}

function ourKeys(styles: Bucket[]): string[] {
  const keys: string[] = [];
  for (const { text } of styles) forEachCSSRule(text, (rule) => keys.push(rule));
  return keys;
}

describe('forEachCSSRule (Griffel rehydration without stylis)', () => {
  it.each(['da', 'en'] as const)('finds the rules Griffel finds in the %s start page', async (locale) => {
    const styles = buckets((await renderStartPage(locale)).head).filter((s) => 'data-make-styles-bucket' in s.attributes);
    const ours = ourKeys(styles);
    expect(ours.length).toBeGreaterThan(50);
    expect(ours).toEqual(griffelKeys(styles));
  });

  it('cuts nested at-rules, keyframes, quoted braces and escapes where stylis does', () => {
    const text = [
      '.a{color:red;}',
      '.b:hover{content:"}{";}',
      '@media (forced-colors: active){.c{color:CanvasText;}.c:focus{outline:1px solid;}}',
      '@keyframes k{0%{opacity:0;}100%{opacity:1;}}',
      ".d::after{content:'\\'}';}",
      '.e\\{x{color:blue;}',
      '@supports (display:grid){@media (min-width:1px){.f{display:grid;}}}',
    ].join('');
    const styles = [{ attributes: { 'data-make-styles-bucket': 'd' }, text }];
    expect(ourKeys(styles)).toEqual(griffelKeys(styles));
    expect(ourKeys(styles)).toHaveLength(7);
  });
});
