import { useEffect, useState } from 'react';
import { ROUTE_CHANGE_EVENT, routeFromSearch, type ViewRoute } from './views';

/** The open view from the address, following Back/Forward and in-app navigation. */
export function useRoute(): ViewRoute | null {
  // No window at build time: the prerendered start page has no view open.
  const [route, setRoute] = useState(() => (typeof window === 'undefined' ? null : routeFromSearch(window.location.search)));
  useEffect(() => {
    const update = () => setRoute(routeFromSearch(window.location.search));
    window.addEventListener('popstate', update);
    window.addEventListener(ROUTE_CHANGE_EVENT, update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(ROUTE_CHANGE_EVENT, update);
    };
  }, []);
  return route;
}
