import fs from 'fs';

interface Servers {
  emulator: { close(): Promise<void> };
  app: { close(): Promise<void> };
  stateDir: string;
}

export default async function globalTeardown(): Promise<void> {
  const servers = (globalThis as Record<string, unknown>).__E2E_SERVERS__ as Servers | undefined;
  if (!servers) return;
  await Promise.all([servers.app.close(), servers.emulator.close()]);
  fs.rmSync(servers.stateDir, { recursive: true, force: true });
}
