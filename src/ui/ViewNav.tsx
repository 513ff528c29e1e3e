/** Links to the registered views that belong in the header (e.g. "Delt med mig"). */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { MouseEvent } from 'react';
import { useStartLocale } from './AppContext';
import { useRoute } from './useRoute';
import { viewRegistry } from './viewRegistry';
import { navigateTo, searchForRoute, type ViewId } from './views';
import { useSharedStyles } from './sharedStyles';

const useStyles = makeStyles({
  current: { color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold, textDecoration: 'underline', textUnderlineOffset: '6px' },
});

export function ViewNav() {
  const { t } = useStartLocale();
  const route = useRoute();
  const styles = useStyles();
  const shared = useSharedStyles();
  const views = (Object.keys(viewRegistry) as ViewId[]).flatMap((view) => {
    const label = viewRegistry[view]?.navLabel;
    return label ? [{ view, label: t.app.views[label] }] : [];
  });
  if (views.length === 0) return null;
  const open = (view: ViewId) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigateTo({ view });
  };
  return (
    <nav aria-label={t.app.viewsNavLabel}>
      <ul className={shared.navList}>
        {views.map(({ view, label }) => (
          <li key={view}>
            <a
              href={searchForRoute({ view }, '') || '?'}
              className={mergeClasses(shared.navLink, route?.view === view && styles.current)}
              aria-current={route?.view === view ? 'page' : undefined}
              onClick={open(view)}
            >
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
