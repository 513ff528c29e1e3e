/**
 * Filling the preparation the way a leader does, for e2e tests that need a contract to book:
 * a private note in the guide, the three contract fields, agreements with oneself and with the
 * nearest leader (with cadences), and two points for the dialogue. Labels are the Danish UI's.
 */
import type { Locator, Page } from 'playwright-core';
import { appUrl } from './browser';

export interface PreparationText {
  privateNote: string;
  goals: string;
  workEnvironment: string;
  alignWithLeader: string;
  /** Agreements with oneself: text and the cadence's Danish label ("Dagligt", "Ugentligt", … or none). */
  selfAgreements: { text: string; followUp: string; cadence?: string }[];
  leaderAgreements: { text: string; followUp: string; cadence?: string }[];
  points: string[];
}

export const GOALS_LABEL = 'Hvilke mål skal du lykkes med i de kommende 6-12 måneder som leder?';
export const WORK_ENVIRONMENT_LABEL = 'Hvad er vigtigt for dig for at styrke dit psykiske arbejdsmiljø og passe godt på dig selv?';
export const ALIGN_LABEL = 'Hvad er vigtigt for dig at afstemme med din nærmeste leder for at understøtte dit psykiske arbejdsmiljø som leder?';
const NOTE_QUESTION = 'Hvem kan hjælpe dig til at holde fokus på og prioritere dine mål?';

/** Put text in a field at once (typing 100 000 characters would take minutes), as a paste does. */
export async function fillField(locator: Locator, text: string): Promise<void> {
  await locator.fill(text);
}

async function addAgreements(page: Page, field: 'selfAgreements' | 'leaderAgreements', items: PreparationText['selfAgreements']): Promise<void> {
  const section = page.locator(`[data-contract-field="${field}"]`);
  for (const [i, item] of items.entries()) {
    await section.getByRole('button', { name: 'Tilføj aftale' }).click();
    await fillField(section.getByRole('textbox', { name: 'Aftalen' }).nth(i), item.text);
    await fillField(section.getByRole('textbox', { name: 'Hvornår og hvordan følger du op?' }).nth(i), item.followUp);
    if (item.cadence) await section.getByRole('combobox', { name: 'Fast opfølgning' }).nth(i).selectOption({ label: item.cadence });
  }
}

/** From a fresh profile: guide note, contract, points; ends on step 3 with the local draft saved. */
export async function fillPreparation(page: Page, text: PreparationText): Promise<void> {
  await page.goto(appUrl('/#guide'));
  await fillField(page.getByRole('textbox', { name: NOTE_QUESTION }), text.privateNote);

  await page.goto(appUrl('/#contract'));
  await page.getByRole('heading', { level: 1, name: '2 Lederkontrakt' }).waitFor();
  await fillField(page.getByRole('textbox', { name: GOALS_LABEL }), text.goals);
  await fillField(page.getByRole('textbox', { name: WORK_ENVIRONMENT_LABEL }), text.workEnvironment);
  await fillField(page.getByRole('textbox', { name: ALIGN_LABEL }), text.alignWithLeader);
  await addAgreements(page, 'selfAgreements', text.selfAgreements);
  await addAgreements(page, 'leaderAgreements', text.leaderAgreements);

  await page.goto(appUrl('/#prepare'));
  await page.getByRole('heading', { level: 1, name: '3 Forbered dialogen' }).waitFor();
  for (const [i, point] of text.points.entries()) await fillField(page.getByRole('textbox', { name: `Pointe ${i + 1}` }), point);
  await page.locator('[data-save-status="saved"]').waitFor();
}
