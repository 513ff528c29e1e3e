/** What the start page says in Danish, as one module: the app loads it as one chunk (src/ui/loadContent.ts). */
export { daStart as content } from './da';
export { uiStringsDa as t } from './uiStrings.da';
