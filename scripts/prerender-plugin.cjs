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

class PrerenderPlugin {
  /** @param {{ config: object, pages: Record<string, 'da' | 'en'> }} options pages: output file name → language */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    let pending = null;
    compiler.hooks.thisCompilation.tap('PrerenderPlugin', (compilation) => {
      pending = null;
      HtmlWebpackPlugin.getHooks(compilation).beforeEmit.tapPromise('PrerenderPlugin', async (data) => {
        const locale = this.options.pages[data.outputName];
        if (!locale) return data;
        pending = pending || renderPages(this.options.config);
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

module.exports = { PrerenderPlugin };
