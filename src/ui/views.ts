/**
 * Views beyond the four preparation steps: the shared contract, "Delt med mig", follow-up, the
 * dialogue itself. A view lives in the address's query (`?view=…`), never in the hash, which
 * belongs to the open step; so a view can be linked, reloaded and left with Back.
 *
 * Each feature registers its view in src/ui/viewRegistry.tsx; this file only knows addresses.
 */
export type ViewId = 'sharedContract' | 'sharedWithMe' | 'followUp' | 'dialogue' | 'myData' | 'connection';

export interface ViewRoute {
  view: ViewId;
  /** The contract the view is about (a plain id or an encoded contract reference; see src/host/deepLink.ts). */
  contract?: string;
}

const PARAM: Record<ViewId, string> = {
  sharedContract: 'shared-contract',
  sharedWithMe: 'shared-with-me',
  followUp: 'follow-up',
  dialogue: 'dialogue',
  myData: 'my-data',
  connection: 'connection',
};

export function routeFromSearch(search: string): ViewRoute | null {
  const params = new URLSearchParams(search);
  const name = params.get('view');
  const view = (Object.keys(PARAM) as ViewId[]).find((id) => PARAM[id] === name);
  if (!view) return null;
  const contract = params.get('contract');
  return contract ? { view, contract } : { view };
}

export function searchForRoute(route: ViewRoute | null, current: string): string {
  const params = new URLSearchParams(current);
  params.delete('view');
  // Leaving a view leaves its contract too (a start-up ?contract= link has done its job by then).
  if (!route) params.delete('contract');
  if (route) {
    params.set('view', PARAM[route.view]);
    if (route.contract) params.set('contract', route.contract);
    else params.delete('contract');
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export const ROUTE_CHANGE_EVENT = 'lederdialog:route';

/** Opens a view (or, with null, goes back to the preparation steps) as a new history entry. */
export function navigateTo(route: ViewRoute | null, win: Window = window): void {
  const search = searchForRoute(route, win.location.search);
  win.history.pushState(null, '', `${win.location.pathname}${search}${win.location.hash}`);
  win.dispatchEvent(new Event(ROUTE_CHANGE_EVENT));
}
