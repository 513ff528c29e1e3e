import { errorStrings } from '../../../src/content/errorStrings';
import { AuthError, toAuthError, needsInteraction } from '../../../src/auth/errors';
import { BrowserAuthFailure, InteractionRequired, ServerFailure } from './msalMock';

it.each<[string, unknown, string]>([
  ['interaction required', new InteractionRequired('interaction_required'), 'interactionRequired'],
  ['consent required', new InteractionRequired('consent_required'), 'consentRequired'],
  ['consent declined (AADSTS65004)', new ServerFailure('access_denied', 'AADSTS65004: User declined to consent'), 'consentRequired'],
  ['admin consent needed (AADSTS90094)', new ServerFailure('invalid_grant', 'AADSTS90094: admin approval'), 'blocked'],
  ['conditional access (AADSTS53003)', new ServerFailure('invalid_grant', 'AADSTS53003: blocked'), 'blocked'],
  ['access_denied', new ServerFailure('access_denied', 'denied'), 'blocked'],
  ['popup blocked', new BrowserAuthFailure('popup_window_error'), 'popupBlocked'],
  ['empty popup', new BrowserAuthFailure('empty_window_error'), 'popupBlocked'],
  ['network', new TypeError('Failed to fetch'), 'unknown'],
])('%s → %s', (_what, error, kind) => {
  const mapped = toAuthError(error);
  expect(mapped).toBeInstanceOf(AuthError);
  expect(mapped.kind).toBe(kind);
  expect(mapped.cause).toBe(error);
});

it('keeps an AuthError as it is and has Danish and English text for every kind', () => {
  const original = new AuthError('blocked');
  expect(toAuthError(original)).toBe(original);
  for (const kind of ['interactionRequired', 'consentRequired', 'blocked', 'popupBlocked', 'unknown'] as const) {
    const e = new AuthError(kind);
    expect(errorStrings.da.auth[e.kind]).not.toBe('');
    expect(errorStrings.en.auth[e.kind]).not.toBe('');
    expect(errorStrings.da.auth[e.kind]).not.toBe(errorStrings.en.auth[e.kind]);
  }
});

it('recognises the errors a popup can fix', () => {
  expect(needsInteraction(new InteractionRequired('login_required'))).toBe(true);
  expect(needsInteraction(new BrowserAuthFailure('popup_window_error'))).toBe(false);
  expect(needsInteraction(null)).toBe(false);
});
