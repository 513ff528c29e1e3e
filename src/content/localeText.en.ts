/** What the start page says in English, as one module: the app loads it as one chunk (src/ui/loadContent.ts). */
export { enStart as content } from './en';
export { uiStringsEn as t } from './uiStrings.en';
