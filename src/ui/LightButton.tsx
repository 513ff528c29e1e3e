/**
 * A native <button> drawn like Fluent UI's Button (secondary, primary, subtle; small, medium,
 * large), for the first screen only: Fluent's Button with its slots, ARIA helpers and motion costs
 * about 8 KB gzip there, and the start page, header and pager need none of it. (LanguageSwitch does
 * the same for <select>.) The other steps, loaded later, keep Fluent's Button.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ButtonHTMLAttributes } from 'react';

/** Griffel takes no border-color shorthand: the four sides, for one colour. */
const edges = (color: string) => ({ borderTopColor: color, borderRightColor: color, borderBottomColor: color, borderLeftColor: color });

const useStyles = makeStyles({
  base: {
    boxSizing: 'border-box',
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    verticalAlign: 'middle',
    margin: 0,
    minWidth: '96px',
    minHeight: '32px',
    padding: `5px ${tokens.spacingHorizontalM}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    cursor: 'pointer',
    transitionDuration: tokens.durationFaster,
    transitionProperty: 'background, border, color',
    transitionTimingFunction: tokens.curveEasyEase,
    ':hover': {
      color: tokens.colorNeutralForeground1Hover,
      backgroundColor: tokens.colorNeutralBackground1Hover,
      ...edges(tokens.colorNeutralStroke1Hover),
    },
    ':active': {
      color: tokens.colorNeutralForeground1Pressed,
      backgroundColor: tokens.colorNeutralBackground1Pressed,
      ...edges(tokens.colorNeutralStroke1Pressed),
    },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
    '@media (forced-colors: active)': {
      ...edges('ButtonText'),
      ':focus-visible': { outlineColor: 'Highlight' },
    },
  },
  primary: {
    color: tokens.colorNeutralForegroundOnBrand,
    backgroundColor: tokens.colorBrandBackground,
    ...edges('transparent'),
    ':hover': { color: tokens.colorNeutralForegroundOnBrand, backgroundColor: tokens.colorBrandBackgroundHover, ...edges('transparent') },
    ':active': { color: tokens.colorNeutralForegroundOnBrand, backgroundColor: tokens.colorBrandBackgroundPressed, ...edges('transparent') },
    '@media (forced-colors: active)': {
      color: 'HighlightText',
      backgroundColor: 'Highlight',
      ':hover': { color: 'Highlight', backgroundColor: 'HighlightText' },
    },
  },
  subtle: {
    color: tokens.colorNeutralForeground2,
    backgroundColor: tokens.colorSubtleBackground,
    ...edges('transparent'),
    ':hover': { color: tokens.colorNeutralForeground2Hover, backgroundColor: tokens.colorSubtleBackgroundHover, ...edges('transparent') },
    ':active': { color: tokens.colorNeutralForeground2Pressed, backgroundColor: tokens.colorSubtleBackgroundPressed, ...edges('transparent') },
  },
  small: {
    minWidth: '64px',
    minHeight: '24px',
    padding: `3px ${tokens.spacingHorizontalS}`,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightRegular,
    lineHeight: tokens.lineHeightBase200,
    borderRadius: tokens.borderRadiusSmall,
  },
  large: {
    minWidth: '96px',
    minHeight: '40px',
    padding: `8px ${tokens.spacingHorizontalL}`,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    borderRadius: tokens.borderRadiusMedium,
  },
});

export interface LightButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type'> {
  appearance?: 'secondary' | 'primary' | 'subtle';
  size?: 'small' | 'medium' | 'large';
}

export function LightButton({ appearance = 'secondary', size = 'medium', className, ...rest }: LightButtonProps) {
  const styles = useStyles();
  return (
    <button
      type="button"
      {...rest}
      className={mergeClasses(
        styles.base,
        appearance === 'primary' && styles.primary,
        appearance === 'subtle' && styles.subtle,
        size === 'small' && styles.small,
        size === 'large' && styles.large,
        className,
      )}
    />
  );
}
