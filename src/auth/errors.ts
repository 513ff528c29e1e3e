/**
 * Sign-in failures as kinds the user can act on. MSAL's errors are mapped here by their error codes
 * (duck-typed, so this file never pulls MSAL into the first-screen bundle). The words for each kind
 * are the UI's (src/content/errorStrings.ts).
 */
export type AuthErrorKind = 'interactionRequired' | 'consentRequired' | 'blocked' | 'popupBlocked' | 'unknown';

export class AuthError extends Error {
  override readonly name = 'AuthError';
  /** The underlying error code (MSAL's errorCode or an AADSTS code), for logs and support. */
  readonly code: string | undefined;

  constructor(
    readonly kind: AuthErrorKind,
    options: { code?: string; cause?: unknown } = {},
  ) {
    // For logs only: the user reads errorStrings[locale].auth[kind].
    super(`Sign-in failed (${kind}${options.code ? `, ${options.code}` : ''})`, { cause: options.cause });
    this.code = options.code;
  }
}

interface MsalLikeError {
  errorCode?: unknown;
  subError?: unknown;
  errorMessage?: unknown;
  message?: unknown;
  name?: unknown;
}

const popupBlockedCodes = new Set(['popup_window_error', 'empty_window_error']);
const consentCodes = new Set(['consent_required']);
const interactionCodes = new Set([
  'interaction_required',
  'login_required',
  'no_tokens_found',
  'refresh_token_expired',
  'bad_token',
  'interrupted_user',
  'user_cancelled',
  'no_account_error',
  'native_account_unavailable',
]);
// Entra error codes where only an administrator or a policy change helps.
const blockedAadsts = ['AADSTS50105', 'AADSTS53003', 'AADSTS53000', 'AADSTS90094', 'AADSTS90093', 'AADSTS7000112', 'AADSTS50020', 'AADSTS500011'];
// Entra error codes that a fresh consent prompt resolves.
const consentAadsts = ['AADSTS65001', 'AADSTS65004'];

/** True when MSAL says the user must interact (InteractionRequiredAuthError or one of its codes). */
export function needsInteraction(error: unknown): boolean {
  const e = error as MsalLikeError | null;
  if (!e || typeof e !== 'object') return false;
  if (e.name === 'InteractionRequiredAuthError') return true;
  return typeof e.errorCode === 'string' && (interactionCodes.has(e.errorCode) || consentCodes.has(e.errorCode));
}

/** Maps any sign-in failure to an AuthError the UI can show. */
export function toAuthError(error: unknown): AuthError {
  if (error instanceof AuthError) return error;
  const e = (error ?? {}) as MsalLikeError;
  const code = typeof e.errorCode === 'string' ? e.errorCode : undefined;
  const text = [e.errorMessage, e.message, e.subError].filter((t) => typeof t === 'string').join(' ');
  const aadsts = /AADSTS\d+/.exec(text)?.[0];
  const make = (kind: AuthErrorKind): AuthError => new AuthError(kind, { code: aadsts ?? code, cause: error });
  if (aadsts && blockedAadsts.includes(aadsts)) return make('blocked');
  if (aadsts && consentAadsts.includes(aadsts)) return make('consentRequired');
  if (code && popupBlockedCodes.has(code)) return make('popupBlocked');
  if (code && consentCodes.has(code)) return make('consentRequired');
  if (code === 'access_denied' || code === 'unauthorized_client' || code === 'block_nested_popups' || code === 'redirect_in_iframe') {
    return make('blocked');
  }
  if (needsInteraction(error)) return make('interactionRequired');
  return make('unknown');
}
