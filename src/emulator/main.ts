// `npm run emulator`: the Graph emulator on 127.0.0.1:${GRAPH_EMULATOR_PORT:-5999}.
// `--reset` wipes the state folder and reseeds the demo organisation before starting.
// Env: GRAPH_EMULATOR_PORT, GRAPH_EMULATOR_STATE (state folder), GRAPH_EMULATOR_LOG (request log
// path), GRAPH_EMULATOR_FAULTS (e.g. "429:0.2,503:0.1,delay:150,retry:1,seed:7"), PORT and
// LEDERDIALOG_ORIGIN (the app's origin: the only page allowed to call /demo/*).
import { startEmulator, DEFAULT_PORT } from './server';
import { parseFaultSpec } from './faults/faults';

/** The app's origins, as scripts/config.cjs derives them (LEDERDIALOG_ORIGIN, else localhost:PORT), plus 127.0.0.1. */
function appOrigins(): string[] {
  const port = process.env.PORT || '3000';
  const configured = process.env.LEDERDIALOG_ORIGIN;
  return [...(configured ? [configured] : []), `http://localhost:${port}`, `http://127.0.0.1:${port}`];
}

async function main() {
  const port = process.env.GRAPH_EMULATOR_PORT ? Number(process.env.GRAPH_EMULATOR_PORT) : DEFAULT_PORT;
  const emulator = await startEmulator({
    port,
    ...(process.env.GRAPH_EMULATOR_STATE ? { stateDir: process.env.GRAPH_EMULATOR_STATE } : {}),
    ...(process.env.GRAPH_EMULATOR_LOG ? { logPath: process.env.GRAPH_EMULATOR_LOG } : {}),
    faults: parseFaultSpec(process.env.GRAPH_EMULATOR_FAULTS),
    appOrigins: appOrigins(),
  });
  if (process.argv.includes('--reset')) await emulator.reset();
  console.log(`Graph emulator listening on ${emulator.graphUrl} (demo users: ${emulator.url}/demo/users)`);
  const stop = () => {
    void emulator.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
