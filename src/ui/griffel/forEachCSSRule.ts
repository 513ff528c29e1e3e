/**
 * Stands in for @griffel/core's renderer/forEachCSSRule.js in the browser bundle (webpack.config.js,
 * NormalModuleReplacementPlugin). Griffel calls it once, when the app's renderer takes over the
 * prerendered <style> elements (rehydrateRendererCache): it splits a bucket's text back into the
 * rule strings that were inserted, the keys of the renderer's insertion cache. Griffel's own version
 * re-parses the text with stylis, which would be the only use of stylis in the first load (1.2 KiB
 * gzip): our makeStyles are precompiled at build time (@griffel/webpack-loader).
 *
 * A bucket's text is exactly its rules concatenated, each one complete top-level block
 * (`.f1{color:red;}`, `@media (…){.f2{…}}`), so cutting it where the braces close back to the top
 * level gives those strings byte for byte, as stylis's `rulesheet` reports them
 * (tests/unit/ui/forEachCSSRule.test.ts compares the two on the prerendered page's styles).
 * Quoted strings and escapes are skipped, so a brace in `content: "}"` does not end a rule.
 */
export function forEachCSSRule(cssText: string, callback: (cssRule: string) => void): void {
  let depth = 0;
  let start = 0;
  for (let i = 0; i < cssText.length; i++) {
    const c = cssText[i];
    if (c === '\\') i++;
    else if (c === '"' || c === "'") {
      for (i++; i < cssText.length && cssText[i] !== c; i++) if (cssText[i] === '\\') i++;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) {
      callback(cssText.slice(start, i + 1));
      start = i + 1;
    }
  }
}
