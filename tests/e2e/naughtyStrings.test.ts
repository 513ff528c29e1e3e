/**
 * The Big List of Naughty Strings in Chromium (issue 14, "nothing executes in the page"). Mette's
 * booked and shared contract is written again through Graph the way the app stores it: Mette fills
 * every text field of the contract with the list (the three fields, each agreement's text and
 * follow-up, her points), Lars, her nearest leader, a comment on each of the five fields; between
 * them they hold every non-blank string of the list. Then Mette opens her own contract from the meeting
 * tab's located `?contract=` link and the dialogue view, and Lars the same link.
 *
 * The browser ignores the app's Content-Security-Policy here: the proof is that the strings are
 * rendered as text, not that the policy would stop a script. Before any page opens, traps record a
 * call of alert/confirm/prompt/print (what the list's payloads call), a browser dialog, a policy
 * violation, and any element a payload would create (a script not the app's own, an <img>, a frame,
 * an on… attribute, a javascript: address). Each page: no trap fired, no such element is there, and
 * the markup-looking strings are on the page as text (so the test fails if one is rendered as HTML).
 */
import type { Page } from 'playwright-core';
import { getContent } from '../../src/content';
import { TEXT_LIMITS } from '../../src/domain/contractValidation';
import type { Contract, ContractTextFieldId } from '../../src/domain/model';
import type { ContractFieldId } from '../../src/content/types';
import { addFieldComment } from '../../src/features/nearestLeader/contributions';
import { getMe } from '../../src/graph/me';
import { decodeContractRef } from '../../src/host/deepLink';
import { openContract, saveContract, type OpenedContract } from '../../src/store/sharedContract';
import { missingFrom, NAUGHTY_STRINGS, runsOf } from '../support/naughtyStrings';
import { bookDialogueAsMette, demoGraph, type Booked } from './support/bookedDialogue';
import { appUrl, launchBrowser, resetEmulator, type LaunchedBrowser } from './support/browser';
import { LARS, METTE } from './support/emulatorState';

jest.setTimeout(180_000);

/** Within the shortest limit a field has (an agreement's text or follow-up, a point: 500). */
const RUN_LIMIT = 450;
const TEXT_FIELDS: ContractTextFieldId[] = ['goals', 'workEnvironment', 'alignWithLeader'];
const COMMENT_FIELDS: ContractFieldId[] = ['goals', 'workEnvironment', 'selfAgreements', 'alignWithLeader', 'leaderAgreements'];

/** The strings that would make an element, a handler or a script if they reached the page as markup. */
const MARKUP = NAUGHTY_STRINGS.filter((s) => /<[a-z!/?]|javascript:|\bon[a-z]+\s*=/i.test(s));

/** What the traps have recorded in this page so far. */
declare global {
  interface Window {
    __naughtyTraps?: string[];
  }
}

/**
 * Runs in every page before its own scripts (page.addInitScript): replaces the dialogs the payloads
 * call and watches every element added to the document or changed. The app's own scripts are
 * same-origin files; it never makes the elements listed, nor on… attributes (React attaches its
 * handlers with addEventListener).
 */
function installTraps(): void {
  const fired: string[] = [];
  window.__naughtyTraps = fired;
  for (const name of ['alert', 'confirm', 'prompt', 'print'] as const) {
    Object.defineProperty(window, name, {
      value: (...args: unknown[]) => {
        fired.push(`${name}(${args.map(String).join(', ')})`);
        return null;
      },
    });
  }
  document.addEventListener('securitypolicyviolation', (e) => fired.push(`policy violation: ${e.violatedDirective} ${e.sample}`));
  const foreign = /^(iframe|frame|frameset|object|embed|applet|base|img|image|video|audio|source|track|meta|math|marquee|isindex|xss)$/;
  const urlAttribute = /^(href|src|action|formaction|xlink:href|data|srcdoc|background|dynsrc|lowsrc|poster)$/i;
  const check = (el: Element) => {
    const name = el.localName.toLowerCase();
    if (name === 'script') {
      const src = el.getAttribute('src');
      if (!src || new URL(src, location.href).origin !== location.origin) fired.push(`<script> ${src ?? el.textContent ?? ''}`);
    } else if (foreign.test(name) && !(name === 'meta' && el.closest('head') && !el.hasAttribute('http-equiv'))) {
      fired.push(`<${name}> ${el.outerHTML.slice(0, 200)}`);
    }
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name)) fired.push(`<${name} ${attr.name}="${attr.value.slice(0, 100)}">`);
      if (urlAttribute.test(attr.name) && /^[^a-z]*(javascript|vbscript|livescript|data\s*:\s*text\/html)/i.test(attr.value))
        fired.push(`<${name} ${attr.name}="${attr.value.slice(0, 100)}">`);
    }
  };
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes' && r.target instanceof Element) check(r.target);
      for (const node of Array.from(r.addedNodes)) {
        if (!(node instanceof Element)) continue;
        check(node);
        node.querySelectorAll('*').forEach(check);
      }
    }
  }).observe(document, { subtree: true, childList: true, attributes: true });
}

let browser: LaunchedBrowser;
let booked: Booked;
/** The contract's `?contract=` reference, as the app links it for both people. */
let contractRef = '';
/** The contract both pages should show, as saved. */
let naughty: Contract;
/** Browser dialogs (alert() through the original, beforeunload …): there should be none. */
const dialogs: string[] = [];

beforeAll(async () => {
  await resetEmulator();
  booked = await bookDialogueAsMette();
  // The located reference the app put in the meeting tab it pinned (the drive, the file, the folder).
  contractRef = new URL(booked.contentUrl).searchParams.get('contract') ?? '';
  if (!decodeContractRef(contractRef)?.driveId) throw new Error(`the meeting tab has no located contract: ${booked.contentUrl}`);
  naughty = await writeNaughtyContract(decodeContractRef(contractRef)!);

  browser = await launchBrowser({ locale: 'da-DK', bypassCSP: true });
  await browser.context.addInitScript(installTraps);
  browser.page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
});

afterAll(async () => browser?.close());

/**
 * Every string of the list in the contract: runs of whole strings dealt out one to each agreement
 * text, follow-up and point (those with the most markup), the rest in turn to the three fields (Mette's) and the five comments
 * (Lars's). Saved as each of them saves in the app, so the merge and the schema check see it too.
 */
async function writeNaughtyContract(ref: NonNullable<ReturnType<typeof decodeContractRef>>): Promise<Contract> {
  const runs = runsOf(NAUGHTY_STRINGS, RUN_LIMIT);
  expect(missingFrom(runs, NAUGHTY_STRINGS)).toEqual([]);
  const mette = demoGraph(METTE);
  const lars = demoGraph(LARS);
  const opened = await opening(openContract(mette, ref));
  const c = opened.contract;
  const single = [...c.selfAgreements, ...c.leaderAgreements].length * 2 + c.preparation.points.length;
  const multi: string[][] = [...TEXT_FIELDS, ...COMMENT_FIELDS].map(() => []);
  // The runs with the most markup to the one-run slots: every kind of field gets scripts and handlers.
  const markupCount = (run: string) => markupIn([run]).length;
  const dealt = [...runs].sort((a, b) => markupCount(b) - markupCount(a));
  dealt.slice(single).forEach((run, i) => multi[i % multi.length]!.push(run));
  const joined = multi.map((m) => m.join('\n'));
  expect(Math.max(...joined.map((t) => t.length))).toBeLessThanOrEqual(TEXT_LIMITS.field);
  let next = 0;
  const take = () => dealt[next++]!;
  const mine: Contract = {
    ...c,
    selfAgreements: c.selfAgreements.map((a) => ({ ...a, text: take(), followUp: take() })),
    leaderAgreements: c.leaderAgreements.map((a) => ({ ...a, text: take(), followUp: take() })),
    preparation: { ...c.preparation, points: c.preparation.points.map(() => take()) },
    fields: { goals: joined[0]!, workEnvironment: joined[1]!, alignWithLeader: joined[2]! },
  };
  const saved = await saveContract(mette, opened, mine, { content: getContent });
  expect(saved.status).toBe('saved');

  const larsOpened = await opening(openContract(lars, ref));
  const by = { role: 'nearestLeader' as const, displayName: 'Lars Nielsen', id: (await getMe(lars)).id, at: new Date().toISOString() };
  const commented = COMMENT_FIELDS.reduce(
    (acc, field, i) => addFieldComment(acc, field, joined[TEXT_FIELDS.length + i]!, by, `naughty-${field}`),
    larsOpened.contract,
  );
  expect((await saveContract(lars, larsOpened, commented, { content: getContent })).status).toBe('saved');

  const back = await opening(openContract(mette, ref));
  // Every string is there, exactly as typed.
  const texts = [
    ...Object.values(back.contract.fields),
    ...[...back.contract.selfAgreements, ...back.contract.leaderAgreements].flatMap((a) => [a.text, a.followUp]),
    ...back.contract.preparation.points,
    ...(back.contract.collaboration?.comments ?? []).map((x) => x.text),
  ];
  expect(missingFrom(texts, NAUGHTY_STRINGS)).toEqual([]);
  return back.contract;
}

async function opening(result: ReturnType<typeof openContract>): Promise<OpenedContract> {
  const r = await result;
  if (r.status !== 'opened') throw new Error(`open: ${r.status}`);
  return r;
}

/** Line breaks and runs of white space as the page's text shows them: one space. */
function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** The traps, the elements, and which of `strings` the page does not show as text. */
async function inspect(page: Page, strings: readonly string[]): Promise<{ traps: string[]; elements: string[]; notShown: string[] }> {
  const { traps, elements, text } = await page.evaluate(() => ({
    traps: window.__naughtyTraps ?? ['the traps were not installed'],
    elements: Array.from(document.querySelectorAll('*'))
      .filter(
        (el) =>
          /^(img|image|iframe|frame|object|embed|video|audio|math|marquee)$/i.test(el.localName) ||
          (el.localName === 'script' && !el.getAttribute('src')) ||
          Array.from(el.attributes).some((a) => /^on/i.test(a.name)),
      )
      .map((el) => el.outerHTML.slice(0, 200)),
    text: document.body.innerText,
  }));
  const shown = squash(text);
  return { traps, elements, notShown: strings.filter((s) => !shown.includes(squash(s))) };
}

/** Every check on one page: nothing ran, nothing was made, and the strings are there as text. */
async function expectInertAndShown(page: Page, strings: readonly string[]): Promise<void> {
  expect(strings.length).toBeGreaterThan(0);
  const { traps, elements, notShown } = await inspect(page, strings);
  expect(traps).toEqual([]);
  expect(elements).toEqual([]);
  expect(notShown).toEqual([]);
  expect(dialogs).toEqual([]);
}

/** The list's markup-looking strings among `texts`. */
function markupIn(texts: readonly string[]): string[] {
  const lines = new Set(texts.join('\n').split('\n'));
  return MARKUP.filter((s) => lines.has(s));
}

it('Mette’s own contract from the app’s `?contract=` link shows every string as text, and nothing runs', async () => {
  const { page } = browser;
  await page.goto(appUrl(`/?contract=${encodeURIComponent(contractRef)}`));
  await page.locator('[data-own-contract]').waitFor({ timeout: 60_000 });
  await page.locator('[data-own-contract] [data-agreement-id]').first().waitFor({ timeout: 30_000 });
  // All of the list's markup is in this view: the fields, agreements, points and Lars's comments.
  expect(markupIn(NAUGHTY_STRINGS)).toEqual(MARKUP);
  await expectInertAndShown(page, MARKUP);
});

it('the dialogue view shows Mette’s points as text, her agreements as typed, and nothing runs', async () => {
  const { page } = browser;
  const website = new URL(booked.contentUrl);
  website.searchParams.delete('host');
  await page.goto(appUrl(`${website.pathname}${website.search}`));
  await page.getByTestId('dialogue-points').waitFor({ timeout: 60_000 });
  await expectInertAndShown(page, markupIn(naughty.preparation.points));
  const agreements = await page
    .getByTestId('dialogue-agreements')
    .locator('textarea')
    .evaluateAll((ts) => ts.map((t) => (t as HTMLTextAreaElement).value));
  expect(agreements).toEqual(expect.arrayContaining(naughty.leaderAgreements.map((a) => a.text)));
});

it('Lars opening the same link reads every string as text, and nothing runs', async () => {
  const { page } = browser;
  await page.evaluate((upn) => localStorage.setItem('lederdialog.demoUser', upn), LARS);
  await page.goto(appUrl(`/?contract=${encodeURIComponent(contractRef)}`));
  await page.getByRole('heading', { level: 2, name: 'Lederaftale fra Mette Hansen' }).waitFor({ timeout: 60_000 });
  await page.locator('[data-agreement-id]').first().waitFor({ timeout: 30_000 });
  await expectInertAndShown(page, MARKUP);
});
