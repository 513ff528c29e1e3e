/**
 * In the whole app, typing into the contract re-renders the step links (they read the draft) on
 * every key, while the header's view links (language only) render again at most for a new save
 * state — not once per key. Counted by wrapping both components.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/ui/App';
import type { ReactElement } from 'react';

const renders = { ViewNav: 0, StepNav: 0 };

/** The module with its component counted on every render (read at render time, so after `renders` exists). */
function counted(path: string, name: keyof typeof renders) {
  const actual = jest.requireActual<Record<string, () => ReactElement | null>>(path);
  return {
    [name]: () => {
      renders[name] += 1;
      return actual[name]!();
    },
  };
}
jest.mock('../../../src/ui/ViewNav', () => counted('../../../src/ui/ViewNav', 'ViewNav'));
jest.mock('../../../src/ui/StepNav', () => counted('../../../src/ui/StepNav', 'StepNav'));

beforeAll(() => {
  // jsdom does not implement scrolling; the app scrolls to the top on a step change.
  window.scrollTo = jest.fn();
});

it('typing into the contract does not re-render the header’s language-only parts on every key', async () => {
  localStorage.clear();
  window.history.replaceState(null, '', '/#contract');
  render(<App />);
  // The contract step is a lazy chunk: on a loaded machine (the e2e lane runs alongside) it takes seconds.
  const field = (await screen.findAllByRole('textbox', undefined, { timeout: 10_000 }))[0]!;
  const before = { ...renders };
  const typed = 'Mere ro i hverdagen';
  await userEvent.type(field, typed);
  expect(field).toHaveValue(typed);
  expect(renders.StepNav - before.StepNav).toBeGreaterThanOrEqual(typed.length);
  // The autosave may change the save state once or twice meanwhile ("saving", "saved").
  expect(renders.ViewNav - before.ViewNav).toBeLessThanOrEqual(2);
});
