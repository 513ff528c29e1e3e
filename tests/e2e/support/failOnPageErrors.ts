// After every e2e test: no page it opened logged a console error or threw (see pageErrors.ts).
import { takePageErrors } from './pageErrors';

afterEach(() => {
  expect(takePageErrors()).toEqual([]);
});
