// A webpack loader that runs after @griffel/webpack-loader in a prerendering build: a module whose
// every CSS rule is already in the prerendered pages' <head> (Griffel's style elements, which the
// app's renderer takes over when it starts, see src/ui/AppRoot.tsx) keeps only its class names
// (`__css(classes)`, as Griffel's own CSS extraction writes it) instead of carrying its rules a
// second time in the JavaScript (`__styles(classes, rules)`). That is the start page's own CSS: the
// rules would never be inserted anyway, the renderer knows them as present.
// A module with any rule not in the page keeps its rules. scripts/prerender-plugin.cjs checks after
// the build that each module slimmed this way runs only in the prerendered pages' entry.
const { prerenderedRules } = require('./prerender-plugin.cjs');

/** Where the balanced (…), {…} or […] starting at `open` ends (index after it); strings are skipped. */
function skipBalanced(source, open) {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '"' || c === "'" || c === '`') {
      for (i++; i < source.length && source[i] !== c; i++) if (source[i] === '\\') i++;
    } else if (c === '(' || c === '{' || c === '[') depth++;
    else if (c === ')' || c === '}' || c === ']') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  throw new Error('unbalanced source');
}

/** Every `__styles(classes, rules)` call: where it is, its classes' source, and the CSS rules in `rules`. */
function stylesCalls(source) {
  const calls = [];
  const call = /\b__styles\s*\(/g;
  for (let match; (match = call.exec(source));) {
    const open = match.index + match[0].length - 1;
    const end = skipBalanced(source, open);
    const classesStart = source.indexOf('{', open);
    const classesEnd = skipBalanced(source, classesStart);
    const rulesSource = source.slice(classesEnd, end);
    // The rules are the string literals holding a block ("…{…}"); the media queries beside them are not.
    const rules = [...rulesSource.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`)).filter((s) => s.includes('{'));
    calls.push({ start: match.index, end, classes: source.slice(classesStart, classesEnd), rules });
    call.lastIndex = end;
  }
  return calls;
}

/** Modules slimmed in this build (resource paths), for the plugin's check. */
const slimmed = new Set();

function prerenderedStylesLoader(source, map) {
  // The answer depends on the prerendered pages, that is on other modules than this one.
  this.cacheable(false);
  const done = this.async();
  if (!/\b__styles\s*\(/.test(source)) return done(null, source, map);
  prerenderedRules().then(
    (present) => {
      const calls = stylesCalls(source);
      if (!present || calls.length === 0 || !calls.every((c) => c.rules.every((rule) => present.has(rule)))) return done(null, source, map);
      let out = '';
      let at = 0;
      for (const c of calls) {
        out += `${source.slice(at, c.start)}__css(${c.classes})`;
        at = c.end;
      }
      out += source.slice(at);
      // The import of __styles is all that is left of it: the module now imports __css.
      out = out.replace(/\b__styles\b/g, '__css');
      slimmed.add(this.resourcePath);
      // The source map no longer fits the shortened code exactly; the bench only maps modules by name.
      done(null, out);
    },
    (error) => done(error),
  );
}

module.exports = prerenderedStylesLoader;
module.exports.slimmed = slimmed;
