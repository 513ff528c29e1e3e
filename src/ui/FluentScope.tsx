/**
 * Fluent UI's provider around a lazily loaded step or view (src/ui/lazyView.tsx loads it in the same
 * round trip): theme context for portals (dialogs, popovers, listboxes), tabster and the keyboard
 * focus indicator for Fluent's components. The start page uses none of them, so FluentProvider,
 * tabster and keyborg stay out of the first load; the shell around (src/ui/App.tsx) already gives
 * the colour, font and theme variables, so the scope adds no background of its own.
 */
import { FluentProvider, makeStyles } from '@fluentui/react-components';
import { useContext, type ReactNode } from 'react';
import { FluentThemeContext } from './fluentTheme';

const useStyles = makeStyles({
  // The provider's own background is colorNeutralBackground1; the shell's (Background2) shows through.
  scope: { backgroundColor: 'transparent' },
});

export function FluentScope({ children }: { children: ReactNode }) {
  const theme = useContext(FluentThemeContext);
  const styles = useStyles();
  return (
    <FluentProvider theme={theme} className={styles.scope}>
      {children}
    </FluentProvider>
  );
}
