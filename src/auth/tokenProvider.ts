/**
 * The one interface src/graph/ uses to get an access token. Three implementations are chosen at
 * start-up (src/auth/chooseProvider.ts): nested app auth in Teams/Outlook, browser MSAL, and the
 * local Graph emulator's demo token.
 */
export interface TokenProvider {
  /** Which implementation this is; shown to the user as "demo" for the emulator. */
  readonly kind: 'nested' | 'browser' | 'demo';
  /**
   * An access token for Microsoft Graph carrying at least `scopes` (delegated permission names
   * such as "Calendars.ReadWrite", without the resource prefix). Scopes are asked for incrementally:
   * callers pass only what the current action needs.
   * Rejects with an AuthError when the user must act (consent, blocked sign-in).
   */
  getAccessToken(scopes: readonly string[], options?: { claims?: string }): Promise<string>;
  /**
   * The tenant (directory) of the signed-in account, once a token has been issued; with `GET /me`'s
   * id it names the account whose local records the app may show (src/store/accountStorage.ts).
   */
  signedInTenant?(): string | undefined;
  /**
   * The scopes MSAL reported on the authentication results so far (`AuthenticationResult.scopes`),
   * for the connection view when the token itself is opaque to the app. Not a grant check.
   */
  reportedScopes?(): readonly string[];
}
