/**
 * Both languages' UI strings in one record, for what needs them side by side (the build-time
 * prerender, tests). The app itself loads one language at a time (src/ui/loadContent.ts).
 */
import type { Locale } from './types';
import type { UiStrings } from './uiStrings';
import { uiStringsDa } from './uiStrings.da';
import { uiStepStringsDa } from './uiStrings.da.steps';
import { uiStringsEn } from './uiStrings.en';
import { uiStepStringsEn } from './uiStrings.en.steps';

export const uiStrings: Record<Locale, UiStrings> = { da: { ...uiStringsDa, ...uiStepStringsDa }, en: { ...uiStringsEn, ...uiStepStringsEn } };
