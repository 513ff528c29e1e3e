// Puts the prerendered start page into the built HTML: index.html in Danish, en.html in English
// (the static server picks one by the visitor's language; see scripts/static-server.cjs).
// The page itself is rendered by scripts/prerender.tsx in a process of its own (React's static
// renderer + Griffel's style extraction over the app's own components, src/ui/prerender/).
const { execFile } = require('child_process');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const root = path.resolve(__dirname, '..');

function renderPages(config) {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'scripts/prerender.tsx')],
      {
        cwd: root,
        maxBuffer: 64 * 1024 * 1024,
        // Production React and Griffel, as in the bundle that will hydrate the page.
        env: { ...process.env, NODE_ENV: 'production', LEDERDIALOG_PRERENDER_CONFIG: JSON.stringify(config) },
      },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`prerendering the start page failed: ${stderr || error.message}`));
        else resolve(JSON.parse(stdout));
      },
    );
  });
}

/** This compilation's prerendering, started when the compilation starts (see prerenderedRules). */
let current = null;

/**
 * For scripts/prerendered-styles-loader.cjs: which CSS rules every prerendered page's <head> holds
 * (`has(rule)`), or null when this build prerenders nothing. Waits for the prerendering.
 */
function prerenderedRules() {
  if (!current) return Promise.resolve(null);
  return current.then((pages) => {
    const heads = Object.values(pages).map((page) => page.head);
    return { has: (rule) => heads.every((head) => head.includes(rule)) };
  });
}

/** Every chunk group reachable from `group` (its async children too). */
function groupsFrom(group, seen = new Set()) {
  if (seen.has(group)) return seen;
  seen.add(group);
  for (const child of group.childrenIterable) groupsFrom(child, seen);
  return seen;
}

/**
 * A module whose CSS the loader left to the prerendered page must run only under the pages'
 * entry: another entry's page (the Outlook task pane) has no such <head> and would show it unstyled.
 */
function checkSlimmedModules(compilation, entry, slimmed) {
  for (const [name, entrypoint] of compilation.entrypoints) {
    if (name === entry) continue;
    for (const group of groupsFrom(entrypoint)) {
      for (const chunk of group.chunks) {
        for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
          for (const inner of module.modules ?? [module]) {
            if (inner.resource && slimmed.has(inner.resource)) {
              compilation.errors.push(
                new Error(`${inner.resource} left its CSS to the prerendered page (prerendered-styles-loader) but also runs under the "${name}" entry`),
              );
            }
          }
        }
      }
    }
  }
}

class PrerenderPlugin {
  /** @param {{ config: object, pages: Record<string, 'da' | 'en'>, entry: string }} options pages: output file name → language; entry: the pages' entry */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap('PrerenderPlugin', (compilation) => {
      // Started at once, beside the compilation: the styles loader needs the pages' <head>.
      const pending = renderPages(this.options.config);
      current = pending;
      // Not unhandled while nobody awaits it yet; the loader and the HTML hook report the error.
      pending.catch(() => undefined);
      compilation.hooks.afterSeal.tap('PrerenderPlugin', () => {
        const { slimmed } = require('./prerendered-styles-loader.cjs');
        checkSlimmedModules(compilation, this.options.entry, slimmed);
      });
      HtmlWebpackPlugin.getHooks(compilation).beforeEmit.tapPromise('PrerenderPlugin', async (data) => {
        const locale = this.options.pages[data.outputName];
        if (!locale) return data;
        const page = (await pending)[locale];
        const rootTag = /<div id="?root"?><\/div>/;
        if (!rootTag.test(data.html)) throw new Error(`${data.outputName} has no empty <div id="root"> to prerender into`);
        data.html = data.html
          .replace(/<html lang="?[a-z-]+"?>/, `<html lang="${locale}">`)
          .replace('</head>', `${page.head}</head>`)
          // A function, so "$" in the markup is never read as a replacement pattern.
          .replace(rootTag, () => `<div id="root" data-prerendered="${locale}">${page.body}</div>`);
        return data;
      });
    });
  }
}

module.exports = { PrerenderPlugin, prerenderedRules };
