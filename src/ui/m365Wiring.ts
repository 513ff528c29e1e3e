/**
 * What the app shell tells the Microsoft 365 session (src/ui/m365.ts) at start-up: the host found at
 * boot, and who reacts to another account signing in. Kept apart from the session itself, so the
 * first screen, which signs in to nothing, does not load the session's code just to set these.
 */
import type { HostContext } from '../host/types';

let bootHost: HostContext | undefined;
let onOtherAccount: ((account: string) => void) | undefined;

/** The host the app booted in, so sign-in need not detect it again (optional; detected otherwise). */
export function setMicrosoft365Host(host: HostContext | undefined): void {
  bootHost = host;
}

export function microsoft365Host(): HostContext | undefined {
  return bootHost;
}

/**
 * Who reacts when the signed-in account is not the one whose local records are open (the app
 * shell: it saves and opens the page again with that account's records). Returns the unsubscribe.
 */
export function setAccountGuard(handler: (account: string) => void): () => void {
  onOtherAccount = handler;
  return () => {
    if (onOtherAccount === handler) onOtherAccount = undefined;
  };
}

/** Tells the guard, if any, that `account` signed in. */
export function otherAccountSignedIn(account: string): void {
  onOtherAccount?.(account);
}
