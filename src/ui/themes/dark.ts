/** One Teams theme per module, so each loads as a chunk of its own (see ../loadTheme.ts). */
export { teamsDarkTheme as theme } from '@fluentui/react-components';
