/** What steps 1–3 add in Danish, as one module: loaded as one chunk when a step opens (src/ui/loadContent.ts). */
export { daSteps as content } from './da.steps';
export { uiStepStringsDa as t } from './uiStrings.da.steps';
