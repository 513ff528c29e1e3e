import { errorFromResponse, type GraphErrorKind } from '../../../src/graph/errors';
import { graphErrorText, graphErrorWords } from '../../../src/ui/graphErrorWords';

// Every kind src/graph answers with (a kind without words is a type error in graphErrorText).
const KINDS: GraphErrorKind[] = [
  'consentMissing',
  'sessionExpired',
  'noMailbox',
  'notFound',
  'throttled',
  'offline',
  'conflict',
  'accessDenied',
  'badRequest',
  'unknown',
];

it('has Danish and English words for every kind of Graph failure, different per kind and per language', () => {
  for (const kind of KINDS) {
    const words = graphErrorWords(kind);
    expect(words).toEqual({ da: graphErrorText(kind, 'da'), en: graphErrorText(kind, 'en') });
    expect(words.da).not.toBe(words.en);
  }
  expect(new Set(KINDS.map((kind) => graphErrorText(kind, 'da'))).size).toBe(KINDS.length);
});

it('says what the leader read before the words left src/graph, in the language shown', () => {
  const throttled = errorFromResponse(429, { error: { code: 'TooManyRequests', message: 'Too many requests' } });
  expect(graphErrorText(throttled.kind, 'da')).toBe('Microsoft 365 har travlt lige nu. Vent et øjeblik, og prøv igen – intet er gået tabt.');
  expect(graphErrorText(throttled.kind, 'en')).toBe('Microsoft 365 is busy right now. Wait a moment and try again; nothing has been lost.');
  expect(graphErrorText('conflict', 'da')).toBe('Nogen har ændret dette, siden du åbnede det. Vælg, hvilken version du vil beholde.');
});
