import { contractIdFromLocation } from '../../../src/host/deepLink';

it('reads ?contract= from a location, ignoring blanks', () => {
  expect(contractIdFromLocation({ search: '?contract=abc&x=1' })).toBe('abc');
  expect(contractIdFromLocation({ search: '?contract=%20' })).toBeUndefined();
  expect(contractIdFromLocation({ search: '' })).toBeUndefined();
});
