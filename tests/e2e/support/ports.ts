/**
 * Fixed loopback ports for the end-to-end run. The app is built in demo mode with the emulator's
 * URL baked in (as `npm start` does), so the emulator's port must be known before the build.
 * They differ from the development ports (3000/5999), so tests can run beside `npm start`.
 */
export const E2E_EMULATOR_PORT = Number(process.env.E2E_EMULATOR_PORT || 5989);
export const E2E_APP_PORT = Number(process.env.E2E_APP_PORT || 3989);
