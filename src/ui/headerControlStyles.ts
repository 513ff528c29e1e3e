/**
 * The header's own small controls (the language and demo-person selects, the phone's "more" button):
 * native elements drawn like Fluent's, because the header is on the first screen, where every
 * kilobyte counts. `control` is what they share; `select` adds a select's padding and its stronger
 * bottom edge. Each control merges its own size after these.
 */
import { makeStyles, tokens } from '@fluentui/react-components';

export const useHeaderControlStyles = makeStyles({
  control: {
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  select: {
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
  },
});
