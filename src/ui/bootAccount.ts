/**
 * Whose records to open at start, before any Graph call: the host says who is signed in (Teams and
 * Outlook give tenant and object id), the demo asks the emulator for its chosen person's token, and
 * a plain browser opens the account that signed in last on this device (MSAL keeps that account
 * signed in, so it is the one the sign-in will confirm). Sign-in then checks: another account means
 * the page opens again with that account's records (src/ui/m365.ts, App's account guard).
 * Unknown (never signed in here): the unowned records, offered to the first account that signs in.
 */
import { appConfig, isDemoMode } from '../config';
import type { HostContext } from '../host/types';
import { accountKeyOf, lastSignedInAccount } from '../store/accountStorage';

/** The demo waits this long for the emulator before falling back (it answers in milliseconds). */
const DEMO_TIMEOUT_MS = 2000;

async function demoAccount(): Promise<string | undefined> {
  // In the demo's own chunk, beside the demo user switcher that the same first screen shows (one
  // request); not "m365", which carries the Graph client a first visit does not need.
  const demo = await import(/* webpackChunkName: "demo" */ '../auth/demoProvider');
  const chosen = demo.getChosenDemoUser();
  const provider = demo.createDemoProvider({ emulatorUrl: demo.emulatorUrlFrom(appConfig.graphBaseUrl) });
  const ask = provider.getAccessToken([]).then((token) => demo.accountOfDemoToken(token));
  const timeout = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), DEMO_TIMEOUT_MS));
  try {
    const account = await Promise.race([ask, timeout]);
    if (account) return accountKeyOf(account);
  } catch {
    /* emulator not running: fall back below */
  }
  // The last account only if it was the person the demo acts as now.
  return lastSignedInAccount(chosen ?? '');
}

export async function resolveBootAccount(host: HostContext): Promise<string | undefined> {
  // The demo signs in as its chosen person whatever frame it runs in (a simulated Teams meeting
  // included), so the emulator's token says whose records these are, not the host's context.
  if (isDemoMode(appConfig)) return demoAccount();
  const { tenantId, userObjectId } = host.user ?? {};
  if (tenantId && userObjectId) return accountKeyOf({ tenantId, objectId: userObjectId });
  return lastSignedInAccount();
}
