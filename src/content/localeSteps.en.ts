/** What steps 1–3 add in English, as one module: loaded as one chunk when a step opens (src/ui/loadContent.ts). */
export { enSteps as content } from './en.steps';
export { uiStepStringsEn as t } from './uiStrings.en.steps';
