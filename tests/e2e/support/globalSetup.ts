/**
 * Jest globalSetup for the e2e project: builds the app (production mode, demo configuration),
 * starts the Graph emulator with a fresh state folder and a request log, and serves dist/ with
 * the production CSP. URLs are handed to the tests through environment variables.
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { startEmulator } from '../../../src/emulator/server';
import { E2E_APP_PORT, E2E_EMULATOR_PORT } from './ports';

const { serveStatic } = require('../../../scripts/static-server.cjs');

const root = path.resolve(__dirname, '../../..');

export default async function globalSetup(): Promise<void> {
  // One build folder per port pair, so two runs side by side never share a half-written build.
  const distDir = path.join(root, '.cache', `e2e-dist-${E2E_APP_PORT}`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    LEDERDIALOG_DIST: distDir,
    LEDERDIALOG_CLIENT_ID: '',
    GRAPH_EMULATOR_PORT: String(E2E_EMULATOR_PORT),
    LEDERDIALOG_ORIGIN: `http://127.0.0.1:${E2E_APP_PORT}`,
  };
  // Demo mode: the Graph base URL is derived from the emulator port, never inherited.
  delete env.GRAPH_BASE_URL;
  if (process.env.E2E_SKIP_BUILD !== '1' || !fs.existsSync(path.join(distDir, 'index.html'))) {
    execFileSync(process.execPath, [path.join(root, 'node_modules/webpack-cli/bin/cli.js'), '--mode', 'production'], {
      cwd: root,
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lederdialog-e2e-state-'));
  const logPath = path.join(root, '.cache', `e2e-graph-requests-${E2E_EMULATOR_PORT}.log`);
  fs.rmSync(logPath, { force: true });
  const emulator = await startEmulator({
    port: E2E_EMULATOR_PORT,
    stateDir,
    logPath,
    appOrigins: [`http://127.0.0.1:${E2E_APP_PORT}`, `http://localhost:${E2E_APP_PORT}`],
  });
  const app = await serveStatic({
    dir: distDir,
    port: E2E_APP_PORT,
    mounts: { '/__simulator/': path.join(root, 'tests/e2e/simulator') },
    cspOptions: { graphBaseUrl: emulator.graphUrl, emulatorUrl: emulator.url },
  });
  process.env.E2E_APP_URL = app.url;
  process.env.E2E_EMULATOR_URL = emulator.url;
  process.env.E2E_GRAPH_LOG = logPath;
  (globalThis as Record<string, unknown>).__E2E_SERVERS__ = { emulator, app, stateDir };
}
