const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const fs = require('fs');
const { loadConfig } = require('./scripts/config.cjs');
const { PrerenderPlugin } = require('./scripts/prerender-plugin.cjs');
const { ThemeCssPlugin } = require('./scripts/theme-css-plugin.cjs');

/**
 * Copies assets/ (privacy and terms pages named by the manifest, the add-in's ribbon icons) into
 * the build as dist/assets/, so production hosting serves exactly what the dev server serves.
 */
class CopyAssetsPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('CopyAssetsPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'CopyAssetsPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const root = path.join(__dirname, 'assets');
        const walk = (dir) => {
          for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
            const full = path.join(dir, entry.name);
            if (entry.isDirectory()) walk(full);
            else compilation.emitAsset(`assets/${path.relative(root, full).split(path.sep).join('/')}`, new webpack.sources.RawSource(fs.readFileSync(full)));
          }
        };
        if (fs.existsSync(root)) walk(root);
      });
    });
  }
}

/**
 * For the bench (LEDERDIALOG_SOURCE_MAPS=1): which named chunk each script file is, as
 * dist/chunk-names.json, since production chunk files are named by their content hash alone.
 */
class ChunkNamesPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('ChunkNamesPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'ChunkNamesPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const names = {};
        for (const chunk of compilation.chunks) {
          for (const file of chunk.files) if (chunk.name && file.endsWith('.js')) names[file] = chunk.name;
        }
        compilation.emitAsset('chunk-names.json', new webpack.sources.RawSource(JSON.stringify(names, null, 2)));
      });
    });
  }
}

module.exports = (_env, argv) => {
  const production = argv.mode === 'production';
  // The start page is prerendered in production builds; LEDERDIALOG_PRERENDER=1 does it in a
  // development build too, where React names any hydration mismatch in full.
  const prerender = production || process.env.LEDERDIALOG_PRERENDER === '1';
  const config = loadConfig();
  const appConfig = {
    clientId: config.clientId,
    authority: config.authority,
    graphBaseUrl: config.graphBaseUrl,
    teamsAppId: config.teamsAppId,
    appOrigin: config.appOrigin,
  };
  return {
    mode: production ? 'production' : 'development',
    entry: {
      app: './src/index.tsx',
      // The Outlook add-in: its task pane, and the sign-in dialog used where nested app auth is missing.
      taskpane: './src/outlook/index.tsx',
      authdialog: './src/outlook/authDialog/index.ts',
      // msal-browser 5's popup/redirect flows return to this blank page (browser sign-in, Outlook dialog).
      'auth-redirect': './src/auth/redirect.ts',
    },
    output: {
      path: path.resolve(__dirname, process.env.LEDERDIALOG_DIST || 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      // A lazy chunk's file is its content hash alone: the first chunk carries a map from every
      // chunk to its file, and chunk names in that map cost 0.3 KiB gzip on every first visit.
      chunkFilename: production ? '[contenthash:8].js' : '[name].js',
      publicPath: '/',
      clean: true,
    },
    // LEDERDIALOG_SOURCE_MAPS=1 (npm run bench) writes source maps that no page links to, so the
    // bench can say which modules each first-load chunk is made of (scripts/bench/chunkReport.mjs).
    devtool: production ? (process.env.LEDERDIALOG_SOURCE_MAPS === '1' ? 'hidden-source-map' : false) : 'eval-cheap-module-source-map',
    resolve: { extensions: ['.tsx', '.ts', '.js', '.mjs'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Loaders run last to first: swc strips the types, then Griffel precompiles every
          // makeStyles() into its class names and CSS at build time (as Fluent UI's own packages
          // ship), so the browser never loads Griffel's style compiler (stylis, rtl-css-js).
          use: [
            // Last: in a prerendering build, a module whose CSS is all in the prerendered page drops
            // its copy of the rules (scripts/prerendered-styles-loader.cjs).
            ...(prerender ? [path.join(__dirname, 'scripts/prerendered-styles-loader.cjs')] : []),
            '@griffel/webpack-loader',
            {
              loader: 'swc-loader',
              options: {
                jsc: {
                  parser: { syntax: 'typescript', tsx: true },
                  transform: { react: { runtime: 'automatic', development: !production } },
                  target: 'es2020',
                },
              },
            },
          ],
        },
        { test: /\.(png|svg)$/, type: 'asset/resource' },
      ],
    },
    plugins: [
      new CopyAssetsPlugin(),
      ...(process.env.LEDERDIALOG_SOURCE_MAPS === '1' ? [new ChunkNamesPlugin()] : []),
      new webpack.DefinePlugin({ __LEDERDIALOG_CONFIG__: JSON.stringify(appConfig) }),
      // Griffel splits the prerendered <style> elements back into rules with stylis, its style
      // compiler, which nothing else in the browser needs (makeStyles are precompiled above); our
      // byte-exact splitter takes its place (src/ui/griffel/forEachCSSRule.ts), 1.7 KiB gzip off the first load.
      new webpack.NormalModuleReplacementPlugin(/^\.\/forEachCSSRule\.js$/, (resource) => {
        if (/[\\/]@griffel[\\/]core[\\/]src[\\/]renderer$/.test(resource.context)) {
          resource.request = path.join(__dirname, 'src/ui/griffel/forEachCSSRule.ts');
        }
      }),
      // Not minified: the minifier would drop React's <!--$--> markers and fold whitespace in the
      // prerendered page, and hydration would then find markup React did not write.
      new HtmlWebpackPlugin({ template: './src/index.html', chunks: ['app'], minify: false }),
      // The same page prerendered in English, for visitors whose language is not Danish.
      ...(prerender ? [new HtmlWebpackPlugin({ template: './src/index.html', filename: 'en.html', chunks: ['app'], minify: false })] : []),
      new HtmlWebpackPlugin({ template: './src/outlook/taskpane.html', filename: 'taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ template: './src/outlook/authDialog/authdialog.html', filename: 'authdialog.html', chunks: ['authdialog'] }),
      new HtmlWebpackPlugin({ filename: 'auth-redirect.html', chunks: ['auth-redirect'], title: 'Microsoft Authentication' }),
      // The light theme's tokens as CSS variables in the app's pages (also in development, where
      // the app's FluentProvider leaves the light theme to them just the same).
      new ThemeCssPlugin({ pages: ['index.html', 'en.html'] }),
      // The start page in the HTML, so the first paint needs no JavaScript.
      ...(prerender ? [new PrerenderPlugin({ config: appConfig, pages: { 'index.html': 'da', 'en.html': 'en' }, entry: 'app' })] : []),
    ],
    performance: { hints: false },
    // webpack's own HTML minifier would, like html-webpack-plugin's, rewrite the prerendered page
    // (dropping React's markers); the pages stay as written.
    optimization: {
      minimizeOptions: { html: false },
      splitChunks: {
        cacheGroups: {
          // A language's tool text (src/content/da.ts, en.ts) is also imported by lazy features
          // (getContent), so webpack would put it in a shared chunk of its own and a first visit
          // would fetch the language in two requests; kept in its language chunk (content-da,
          // content-en, see src/ui/loadContent.ts) it is one request, and one gzip stream.
          content: {
            test: /[\\/]src[\\/]content[\\/](?:localeText\.|uiStrings\.)?(?:da|en)\.ts$/,
            name: (module) => `content-${/(da|en)\.ts$/.exec(module.resource)[1]}`,
            chunks: 'async',
            enforce: true,
          },
          // Steps 1–3's part of a language (src/content/*.steps.ts), kept out of the start page's
          // chunk: a step loads it beside its own chunk (src/ui/lazyView.tsx), one request per language.
          contentSteps: {
            test: /[\\/]src[\\/]content[\\/](?:localeSteps\.(?:da|en)|(?:uiStrings\.)?(?:da|en)\.steps)\.ts$/,
            name: (module) => `content-${/(da|en)(?:\.steps)?\.ts$/.exec(module.resource)[1]}-steps`,
            chunks: 'async',
            enforce: true,
          },
        },
      },
    },
    devServer: {
      port: config.port,
      host: 'localhost',
      historyApiFallback: true,
      hot: false,
      client: { overlay: false },
      static: [{ directory: path.join(__dirname, 'assets'), publicPath: '/assets' }],
    },
  };
};
