const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const fs = require('fs');
const { loadConfig } = require('./scripts/config.cjs');

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

module.exports = (_env, argv) => {
  const production = argv.mode === 'production';
  const config = loadConfig();
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
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: '/',
      clean: true,
    },
    devtool: production ? false : 'eval-cheap-module-source-map',
    resolve: { extensions: ['.tsx', '.ts', '.js', '.mjs'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'swc-loader',
            options: {
              jsc: {
                parser: { syntax: 'typescript', tsx: true },
                transform: { react: { runtime: 'automatic', development: !production } },
                target: 'es2020',
              },
            },
          },
        },
        { test: /\.(png|svg)$/, type: 'asset/resource' },
      ],
    },
    plugins: [
      new CopyAssetsPlugin(),
      new webpack.DefinePlugin({
        __LEDERDIALOG_CONFIG__: JSON.stringify({
          clientId: config.clientId,
          authority: config.authority,
          graphBaseUrl: config.graphBaseUrl,
          teamsAppId: config.teamsAppId,
          appOrigin: config.appOrigin,
        }),
      }),
      new HtmlWebpackPlugin({ template: './src/index.html', chunks: ['app'] }),
      new HtmlWebpackPlugin({ template: './src/outlook/taskpane.html', filename: 'taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ template: './src/outlook/authDialog/authdialog.html', filename: 'authdialog.html', chunks: ['authdialog'] }),
      new HtmlWebpackPlugin({ filename: 'auth-redirect.html', chunks: ['auth-redirect'], title: 'Microsoft Authentication' }),
    ],
    performance: { hints: false },
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
