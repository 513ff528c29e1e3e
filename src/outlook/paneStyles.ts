/**
 * Style pieces the task pane's parts share. (Kept apart from the app's src/ui/sharedStyles: the
 * pane is its own page, with no prerendered stylesheet to lean on.)
 */
import { makeStyles, tokens } from '@fluentui/react-components';

export const usePaneStyles = makeStyles({
  /** A part of the pane, or a group inside one: its controls in a column. */
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  /** A list of dates or items under a section's text. */
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});
