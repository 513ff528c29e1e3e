import { errorFromResponse, GraphAppError, kindForStatus, parseRetryAfter, toGraphAppError } from '../../../src/graph/errors';
import { graphErrorWords } from '../../../src/ui/graphErrorWords';

const graphError = (code: string, message = 'x') => ({ error: { code, message, innerError: { 'request-id': 'req-1' } } });

describe('kindForStatus', () => {
  it.each([
    [401, 'InvalidAuthenticationToken', 'Access token is empty.', 'sessionExpired'],
    [401, 'InvalidAuthenticationToken', 'Lifetime validation failed, the token is expired.', 'sessionExpired'],
    [403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.', 'consentMissing'],
    [403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again. Missing scope Calendars.ReadWrite', 'consentMissing'],
    [403, 'accessDenied', 'The caller does not have permission to perform the action.', 'accessDenied'],
    [404, 'MailboxNotEnabledForRESTAPI', 'The mailbox is either inactive, soft-deleted, or is hosted on-premise.', 'noMailbox'],
    [404, 'Request_ResourceNotFound', "Resource 'manager' does not exist", 'notFound'],
    [404, 'itemNotFound', 'The resource could not be found.', 'notFound'],
    [409, 'nameAlreadyExists', 'exists', 'conflict'],
    [412, 'resourceModified', 'ETag mismatch', 'conflict'],
    [429, 'TooManyRequests', 'slow down', 'throttled'],
    [503, 'serviceNotAvailable', 'later', 'throttled'],
    [504, 'gatewayTimeout', 'later', 'throttled'],
    [400, 'invalidRequest', "Property 'foo' does not exist", 'badRequest'],
    [500, 'generalException', 'boom', 'unknown'],
  ])('%i %s → %s', (status, code, message, kind) => {
    expect(kindForStatus(status, code, message)).toBe(kind);
  });
});

describe('errorFromResponse', () => {
  it('reads Graph’s error envelope, request id and Retry-After, and answers with a kind the UI has Danish and English words for', () => {
    const error = errorFromResponse(429, graphError('TooManyRequests', 'Too many requests'), new Headers({ 'Retry-After': '3' }));
    expect(error).toBeInstanceOf(GraphAppError);
    expect(error).toMatchObject({ kind: 'throttled', status: 429, code: 'TooManyRequests', requestId: 'req-1', retryAfterMs: 3000, ambiguous: false });
    // src/graph says no sentence of its own: the words are the UI's, by kind.
    expect(error).not.toHaveProperty('message');
    expect(graphErrorWords(error.kind).da).toMatch(/travlt/);
    expect(graphErrorWords(error.kind).en).toMatch(/busy/);
    expect(String(error)).toContain('throttled');
  });

  it('marks 5xx answers as ambiguous (the work may have been done)', () => {
    expect(errorFromResponse(503, undefined).ambiguous).toBe(true);
    expect(errorFromResponse(404, graphError('itemNotFound')).ambiguous).toBe(false);
  });

  it('accepts a body given as a JSON string', () => {
    expect(errorFromResponse(404, JSON.stringify(graphError('itemNotFound'))).code).toBe('itemNotFound');
  });
});

describe('toGraphAppError', () => {
  it('turns a failed fetch into offline, ambiguous', () => {
    const error = toGraphAppError(new TypeError('fetch failed'));
    expect(error).toMatchObject({ kind: 'offline', status: 0, ambiguous: true });
    expect(graphErrorWords(error.kind).da).toMatch(/forbindelse/);
  });

  it('turns the token provider’s consent errors into consentMissing', () => {
    const authError = Object.assign(new Error('AADSTS65001: consent'), { name: 'InteractionRequiredAuthError', errorCode: 'consent_required' });
    expect(toGraphAppError(authError).kind).toBe('consentMissing');
  });

  it('classifies an SDK GraphError by status and body', () => {
    const sdkError = { name: 'GraphError', statusCode: 404, body: JSON.stringify(graphError('itemNotFound')) };
    expect(toGraphAppError(sdkError)).toMatchObject({ kind: 'notFound', code: 'itemNotFound' });
  });

  it('passes a GraphAppError through unchanged', () => {
    const original = errorFromResponse(409, graphError('nameAlreadyExists'));
    expect(toGraphAppError(original)).toBe(original);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates, and ignores nonsense', () => {
    const now = Date.parse('2026-11-26T10:00:00Z');
    expect(parseRetryAfter('7', now)).toBe(7000);
    expect(parseRetryAfter('Thu, 26 Nov 2026 10:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Thu, 26 Nov 2026 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
