/**
 * The app's one-line banners above a view (a draft that could not be read, a draft without owner):
 * one layout, a coloured edge that says what kind of banner it is. Use `root` with one of the kinds.
 */
import { makeStyles, tokens } from '@fluentui/react-components';

export const useBannerStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingHorizontalM,
    marginBottom: tokens.spacingVerticalL,
    color: tokens.colorNeutralForeground1,
    borderRadius: tokens.borderRadiusMedium,
  },
  /** Something went wrong and was handled: yellow. */
  caution: {
    border: `1px solid ${tokens.colorPaletteYellowBorder2}`,
    borderLeft: `6px solid ${tokens.colorPaletteYellowBorder2}`,
    backgroundColor: tokens.colorPaletteYellowBackground1,
  },
  /** A question for the user: the brand's edge on the page's background. */
  question: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderLeft: `6px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  /** The banner's words: they take the line and the buttons wrap below on a narrow screen. */
  text: { margin: 0, flex: '1 1 240px' },
});
