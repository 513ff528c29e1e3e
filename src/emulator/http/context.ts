// What a handler gets (one Graph request, already authenticated) and what it returns.
import type { DirectoryUser, EmulatorState } from '../types';
import type { TenantProfile } from '../auth/tenant';

export interface GraphRequest {
  method: string;
  /** Path below /v1.0, starting with '/', percent-decoded per segment. */
  path: string;
  query: URLSearchParams;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  rawBody: Buffer;
  user: DirectoryUser;
  state: EmulatorState;
  /** e.g. http://127.0.0.1:5999/v1.0 — used in @odata.context and nextLink. */
  graphUrl: string;
  requestId: string;
  /** The tenant played: admin consent, org catalog, join links, sharing policy. */
  tenant: TenantProfile;
}

export interface GraphResponse {
  status: number;
  headers?: Record<string, string>;
  /** A JSON value, or raw bytes (file content). */
  body?: unknown;
  /**
   * Set when a lost-response fault hit: the answer the request really produced (its side effects
   * happened), which the client never got — it got this response (504) instead. The log records it.
   */
  lost?: { status: number; body?: unknown };
}

export const json = (status: number, body: unknown, headers?: Record<string, string>): GraphResponse => ({ status, body, headers });
export const noContent = (): GraphResponse => ({ status: 204 });
