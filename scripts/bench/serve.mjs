// Starts the processes a bench measurement needs, each in a process of its own (as production
// hosting is not the measuring browser's process): the static server with gzip, and in demo mode
// the Graph emulator the demo build talks to. Every child is ended by its own handle.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');

function waitForLine(child, pattern, what) {
  return new Promise((resolve, reject) => {
    let seen = '';
    const onData = (data) => {
      seen += data.toString();
      const match = pattern.exec(seen);
      if (match) {
        child.stdout.off('data', onData);
        resolve(match);
      }
    };
    child.stdout.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${what} exited (${code}) before it was ready:\n${seen}`)));
  });
}

function stop(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Serves `dir` gzip-compressed from a child process; resolves to its URL and a stop function. */
export async function serveBuild(dir, env) {
  const child = spawn(process.execPath, [path.join(root, 'scripts/static-server.cjs'), dir, '--gzip'], {
    cwd: root,
    env: { ...process.env, ...env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [, url] = await waitForLine(child, /Serving .* on (http:\/\/\S+)/, 'the static server');
  return { url, stop: () => stop(child) };
}

/**
 * The Graph emulator on `port` with a throw-away state folder, for the demo build. `appOrigin` is the
 * page allowed to call its /demo/* routes (the demo switcher's list of people): the static server's
 * own, which has a port of its own choosing.
 */
export async function startEmulator(port, appOrigin) {
  const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lederdialog-bench-state-'));
  const child = spawn(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'src/emulator/main.ts')], {
    cwd: root,
    env: { ...process.env, GRAPH_EMULATOR_PORT: String(port), GRAPH_EMULATOR_STATE: stateDir, LEDERDIALOG_ORIGIN: appOrigin },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await waitForLine(child, /Graph emulator listening/, 'the Graph emulator');
  return {
    stop: async () => {
      await stop(child);
      fs.rmSync(stateDir, { recursive: true, force: true });
    },
  };
}
