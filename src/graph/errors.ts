/**
 * Every failure of a Graph call becomes one GraphAppError with a kind the UI can act on. Nothing
 * above src/graph ever sees a raw Graph error body or an SDK GraphError. The words for each kind are
 * the UI's (src/content/errorStrings.ts, `graph`): this layer answers with kinds, not sentences.
 *
 * GraphAppError does not extend Error on purpose: an Error's `message` would invite showing Graph's
 * own English text to the leader. It still carries a `stack` and prints as its kind and status.
 */
export type GraphErrorKind =
  'consentMissing' | 'sessionExpired' | 'noMailbox' | 'notFound' | 'throttled' | 'offline' | 'conflict' | 'accessDenied' | 'badRequest' | 'unknown';

export interface GraphAppErrorDetails {
  /** HTTP status; 0 when no response arrived. */
  status: number;
  /** Graph's error code (`itemNotFound`, `ErrorAccessDenied`, …) when there was one. */
  code?: string;
  /** Graph's own (English, technical) message, for logs only. */
  graphMessage?: string;
  requestId?: string;
  /** Retry-After in milliseconds, when Graph sent one. */
  retryAfterMs?: number;
  /**
   * True when the request may have taken effect although we got no success answer (network
   * failure after sending, 5xx). A non-idempotent caller must check before sending again.
   */
  ambiguous?: boolean;
  /** The parsed error body or response, e.g. the remote item of a 412. */
  body?: unknown;
  /** What was thrown underneath, e.g. the AuthError of src/auth when no token could be had. */
  cause?: unknown;
}

export class GraphAppError {
  readonly name = 'GraphAppError';
  readonly kind: GraphErrorKind;
  readonly status: number;
  readonly code: string | undefined;
  readonly graphMessage: string | undefined;
  readonly requestId: string | undefined;
  readonly retryAfterMs: number | undefined;
  readonly ambiguous: boolean;
  readonly body: unknown;
  readonly cause: unknown;
  readonly stack: string | undefined;

  constructor(kind: GraphErrorKind, details: GraphAppErrorDetails) {
    this.kind = kind;
    this.status = details.status;
    this.code = details.code;
    this.graphMessage = details.graphMessage;
    this.requestId = details.requestId;
    this.retryAfterMs = details.retryAfterMs;
    this.ambiguous = details.ambiguous ?? false;
    this.body = details.body;
    this.cause = details.cause;
    this.stack = new Error(`${kind}: ${details.graphMessage ?? ''}`).stack;
  }

  toString(): string {
    const code = this.code ? ` ${this.code}` : '';
    const graphMessage = this.graphMessage ? `: ${this.graphMessage}` : '';
    return `GraphAppError(${this.kind}, ${this.status}${code})${graphMessage}`;
  }
}

export function isGraphAppError(value: unknown): value is GraphAppError {
  return value instanceof GraphAppError;
}

/** Graph's error envelope: `{ "error": { "code", "message", "innerError": { "request-id" } } }`. */
interface GraphErrorBody {
  error?: { code?: unknown; message?: unknown; innerError?: Record<string, unknown> };
}

const NO_MAILBOX_CODES = new Set(['MailboxNotEnabledForRESTAPI', 'MailboxNotHostedInExchangeOnline', 'ErrorMailboxNotFound', 'ResourceNotFound.Mailbox']);
const NOT_FOUND_CODES = new Set(['itemNotFound', 'Request_ResourceNotFound', 'ErrorItemNotFound', 'ResourceNotFound', 'NotFound']);
/** Graph's words for "the token lacks the scope" rather than "you may not see this item". */
const CONSENT_CODES = new Set(['Authorization_RequestDenied', 'InvalidAuthenticationToken', 'consent_required', 'interaction_required', 'invalid_grant']);
/** MSAL's words for "the session is over: sign in again" (an expired refresh token, no account). */
const SIGN_IN_AGAIN_CODES = new Set([
  'interaction_required',
  'invalid_grant',
  'login_required',
  'no_tokens_found',
  'refresh_token_expired',
  'bad_token',
  'no_account_error',
]);
const CONSENT_WORDS = /\b(scope|scopes|consent|insufficient privileges|missing role|permission\(s\))\b/i;

/** Parse Retry-After (delta-seconds or an HTTP date) into milliseconds from `now`. */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (value == null || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}

function readErrorBody(body: unknown): { code?: string; message?: string; requestId?: string } {
  let parsed: unknown = body;
  if (typeof body === 'string') {
    try {
      parsed = JSON.parse(body);
    } catch {
      return {};
    }
  }
  const error = (parsed as GraphErrorBody | null)?.error;
  if (!error || typeof error !== 'object') return {};
  const requestId = error.innerError?.['request-id'];
  return {
    code: typeof error.code === 'string' ? error.code : undefined,
    message: typeof error.message === 'string' ? error.message : undefined,
    requestId: typeof requestId === 'string' ? requestId : undefined,
  };
}

/** The kind of an HTTP answer, from its status and Graph's error code. */
export function kindForStatus(status: number, code?: string, graphMessage?: string): GraphErrorKind {
  if (code && NO_MAILBOX_CODES.has(code)) return 'noMailbox';
  if (code === 'ErrorAccessDenied' && graphMessage && /mailbox/i.test(graphMessage)) return 'noMailbox';
  // 401 is Graph's answer to a missing, invalid or expired token (a missing scope is a 403): the
  // session is over and signing in again helps; consent does not.
  if (status === 401) return 'sessionExpired';
  if (status === 403) {
    if ((code && CONSENT_CODES.has(code)) || (graphMessage && CONSENT_WORDS.test(graphMessage))) return 'consentMissing';
    return 'accessDenied';
  }
  if (status === 404 || (code && NOT_FOUND_CODES.has(code))) return 'notFound';
  if (status === 409 || status === 412) return 'conflict';
  if (status === 429 || status === 503 || status === 504 || status === 509) return 'throttled';
  if (status === 400 || status === 405 || status === 413 || status === 415 || status === 422) return 'badRequest';
  return 'unknown';
}

/** A 5xx means the service may have done the work before failing to answer. */
function isAmbiguousStatus(status: number): boolean {
  return status >= 500;
}

/** Map an HTTP error answer (status, parsed or raw body, headers) to a GraphAppError. */
export function errorFromResponse(status: number, body: unknown, headers?: Headers | null, now: number = Date.now()): GraphAppError {
  const { code, message, requestId } = readErrorBody(body);
  return new GraphAppError(kindForStatus(status, code, message), {
    status,
    code,
    graphMessage: message,
    requestId: requestId ?? headers?.get('request-id') ?? undefined,
    retryAfterMs: parseRetryAfter(headers?.get('Retry-After'), now),
    ambiguous: isAmbiguousStatus(status),
    body,
  });
}

/**
 * Map anything thrown while calling Graph: our own errors pass through, auth errors from the token
 * provider become consentMissing, SDK GraphErrors and fetch failures are classified.
 */
export function toGraphAppError(thrown: unknown): GraphAppError {
  if (thrown instanceof GraphAppError) return thrown;
  // The SDK wraps what a middleware throws in a GraphError, keeping a non-Error value as its body.
  const wrapped = (thrown as { body?: unknown } | null)?.body;
  if (wrapped instanceof GraphAppError) return wrapped;
  const err = thrown as {
    name?: unknown;
    kind?: unknown;
    errorCode?: unknown;
    code?: unknown;
    statusCode?: unknown;
    body?: unknown;
    message?: unknown;
    headers?: unknown;
  };
  const authCode = typeof err?.errorCode === 'string' ? err.errorCode : typeof err?.code === 'string' ? err.code : undefined;
  if (err?.name === 'AuthError' || err?.name === 'InteractionRequiredAuthError' || (authCode && CONSENT_CODES.has(authCode))) {
    // src/auth's AuthError (kept as cause, for the sign-in prompt): an organisation's block is not
    // something consent fixes; a token that expired and could not be refreshed silently means the
    // session is over (sign in again); the rest is solved by consenting.
    const signInAgain = err.kind === 'interactionRequired' || (err.kind === undefined && authCode !== undefined && SIGN_IN_AGAIN_CODES.has(authCode));
    const kind: GraphErrorKind = err.kind === 'blocked' ? 'accessDenied' : signInAgain ? 'sessionExpired' : 'consentMissing';
    return new GraphAppError(kind, {
      status: 0,
      code: authCode ?? String(err?.name),
      graphMessage: typeof err?.message === 'string' ? err.message : '',
      cause: thrown,
    });
  }
  const status = typeof err?.statusCode === 'number' ? err.statusCode : undefined;
  if (status !== undefined && status > 0) {
    const headers = err.headers instanceof Headers ? err.headers : null;
    return errorFromResponse(status, err.body, headers);
  }
  // No HTTP status: fetch itself failed (TypeError "Failed to fetch" / "fetch failed"), or we are
  // offline. The request may or may not have reached Graph.
  const text = String(err?.message ?? thrown);
  const offline =
    err?.name === 'TypeError' ||
    /fetch|network|ECONN|ENOTFOUND|EAI_AGAIN|socket|offline/i.test(text) ||
    (typeof navigator !== 'undefined' && navigator.onLine === false);
  return new GraphAppError(offline ? 'offline' : 'unknown', { status: 0, graphMessage: text, ambiguous: true });
}
