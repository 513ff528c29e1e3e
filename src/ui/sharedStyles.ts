/** Style pieces several screens share. */
import { makeStyles, tokens } from '@fluentui/react-components';

export const useSharedStyles = makeStyles({
  /** Read by screen readers, not drawn. */
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
  section: {
    marginTop: tokens.spacingVerticalXXL,
  },
  /** The header's step and view menus: a wrapping row; on a phone one line that scrolls sideways, so
   * the header keeps to a fifth of the screen instead of wrapping into several rows. */
  navList: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    listStyle: 'none',
    margin: 0,
    padding: 0,
    '@media (max-width: 480px)': { flexWrap: 'nowrap', overflowX: 'auto', gap: 0 },
  },
  /** A link of those menus; the open one adds its own mark (aria-current with bold and underline). */
  navLink: {
    display: 'inline-block',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    '@media (max-width: 480px)': { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, whiteSpace: 'nowrap' },
    color: tokens.colorNeutralForeground2,
    textDecoration: 'none',
    ':hover': { color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorSubtleBackgroundHover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  h2: {
    fontSize: tokens.fontSizeBase600,
    lineHeight: tokens.lineHeightBase600,
    fontWeight: tokens.fontWeightSemibold,
    margin: `0 0 ${tokens.spacingVerticalS}`,
  },
  h3: {
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: `0 0 ${tokens.spacingVerticalXS}`,
  },
  card: {
    boxSizing: 'border-box',
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
  },
  /** Cards side by side, as many as fit in a row; each list adds its own gridTemplateColumns (how narrow a card may get). */
  cardGrid: {
    display: 'grid',
    gap: tokens.spacingHorizontalM,
    listStyle: 'none',
    padding: 0,
    margin: `${tokens.spacingVerticalM} 0 0`,
  },
  lead: { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, maxWidth: '70ch' },
  muted: { color: tokens.colorNeutralForeground2 },
  /** A <details> whose <summary> holds an h2: the section can be folded away. */
  disclosure: {
    '& > summary': {
      cursor: 'pointer',
      listStylePosition: 'outside',
      marginLeft: tokens.spacingHorizontalL,
      ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
    },
    '& > summary > h2': { display: 'inline', margin: 0 },
  },
  link: {
    color: tokens.colorBrandForegroundLink,
    ':hover': { color: tokens.colorBrandForegroundLinkHover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
});
