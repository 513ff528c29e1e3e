/**
 * `npm run package`: writes dist/lederdialog-app.zip, the Teams app package, from the manifest
 * template and the build-time configuration (.env / environment; see .env.example).
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildAppPackage, packageValues, root } from './appPackage';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- config.cjs is CommonJS, shared with webpack
const { loadConfig } = require('./config.cjs') as { loadConfig: () => { teamsAppId: string; clientId: string; appOrigin: string } };

async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.clientId) {
    console.warn('LEDERDIALOG_CLIENT_ID is empty: packaging without webApplicationInfo (demo mode, no Microsoft 365 sign-in).');
  }
  if (!config.appOrigin.startsWith('https://')) {
    console.warn(`LEDERDIALOG_ORIGIN is ${config.appOrigin}: Teams loads tabs only over https, and the Outlook add-in is left out of the package.`);
  }
  const zip = await buildAppPackage(packageValues(config));
  const out = path.join(root, 'dist', 'lederdialog-app.zip');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, zip);
  console.log(`Wrote ${path.relative(root, out)} (${zip.length} bytes) for ${config.appOrigin}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
