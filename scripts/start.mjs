// `npm start`: the app on http://localhost:3000 (PORT) and, in demo mode (no LEDERDIALOG_CLIENT_ID),
// the local Graph emulator on 127.0.0.1:5999 (GRAPH_EMULATOR_PORT). Ctrl+C stops both.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { loadConfig } = require('./config.cjs');
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const config = loadConfig();
const demo = !config.clientId;
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

const children = [];
function start(name, cmd, args, env = {}) {
  const child = spawn(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  child.on('exit', (code) => {
    console.log(`[${name}] exited with ${code}`);
    shutdown(code ?? 1);
  });
  children.push(child);
}

function shutdown(code) {
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  process.exit(code);
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

if (demo) {
  console.log(`Demo mode: Graph emulator on http://127.0.0.1:${config.emulatorPort}/v1.0 (set LEDERDIALOG_CLIENT_ID for real Microsoft 365).`);
  // The emulator's /demo/* routes answer only the app's origin (also when it comes from .env).
  start('emulator', bin('tsx'), ['src/emulator/main.ts'], { LEDERDIALOG_ORIGIN: config.appOrigin, PORT: String(config.port) });
}
console.log(`Lederdialog on http://localhost:${config.port}`);
start('app', bin('webpack'), ['serve', '--mode', 'development']);
