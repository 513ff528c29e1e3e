/**
 * Both languages' UI strings in one record, for what needs them side by side (the build-time
 * prerender, tests). The app itself loads one language at a time (src/ui/loadContent.ts).
 */
import type { Locale } from './types';
import type { UiStrings } from './uiStrings';
import { uiStringsDa } from './uiStrings.da';
import { uiStringsEn } from './uiStrings.en';

export const uiStrings: Record<Locale, UiStrings> = { da: uiStringsDa, en: uiStringsEn };
