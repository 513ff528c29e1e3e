// Build-time configuration, read from the environment (and an optional .env file).
// Only public values live here: a SPA has no secrets, and none may ever enter the bundle.
const fs = require('fs');
const path = require('path');

function readDotEnv(file) {
  if (!fs.existsSync(file)) return {};
  const out = {};
  for (const line of fs.readFileSync(file, 'utf8').split(/\r?\n/)) {
    const m = /^\s*([A-Z0-9_]+)\s*=\s*(.*)\s*$/.exec(line);
    if (m && !line.trim().startsWith('#')) out[m[1]] = m[2].replace(/^["']|["']$/g, '');
  }
  return out;
}

function loadConfig(env = process.env) {
  const fileEnv = readDotEnv(path.join(__dirname, '..', '.env'));
  const get = (k, d = '') => env[k] ?? fileEnv[k] ?? d;
  const emulatorPort = get('GRAPH_EMULATOR_PORT', '5999');
  const clientId = get('LEDERDIALOG_CLIENT_ID');
  return {
    port: Number(get('PORT', '3000')),
    emulatorPort: Number(emulatorPort),
    /** Entra app (client) id. Empty means demo mode against the local Graph emulator. */
    clientId,
    /** e.g. https://login.microsoftonline.com/organizations or …/<tenant-id> */
    authority: get('LEDERDIALOG_AUTHORITY', 'https://login.microsoftonline.com/organizations'),
    graphBaseUrl: get('GRAPH_BASE_URL', clientId ? 'https://graph.microsoft.com/v1.0' : `http://127.0.0.1:${emulatorPort}/v1.0`),
    teamsAppId: get('TEAMS_APP_ID', '5b0a5e53-4a51-4d0e-9a8f-1c5ad3a1e001'),
    /** Where the built app is hosted (used in the manifest and for deep-link fallbacks). */
    appOrigin: get('LEDERDIALOG_ORIGIN', `http://localhost:${get('PORT', '3000')}`),
  };
}

module.exports = { loadConfig };
