/**
 * Needs a DOM: window.history and location.
 *
 * @jest-environment jsdom
 */
import { navigateTo, ROUTE_CHANGE_EVENT, routeFromSearch, searchForRoute } from '../../../src/ui/views';

describe('view routes', () => {
  it('reads a view and its contract from the query, and ignores unknown views', () => {
    expect(routeFromSearch('?view=shared-with-me')).toEqual({ view: 'sharedWithMe' });
    expect(routeFromSearch('?view=follow-up&contract=abc')).toEqual({ view: 'followUp', contract: 'abc' });
    expect(routeFromSearch('?view=connection')).toEqual({ view: 'connection' });
    expect(routeFromSearch('?view=nope')).toBeNull();
    expect(routeFromSearch('?contract=abc')).toBeNull();
  });

  it('writes a route into the query, keeping other parameters', () => {
    expect(searchForRoute({ view: 'dialogue', contract: 'x y' }, '?host=teams')).toBe('?host=teams&view=dialogue&contract=x+y');
    expect(searchForRoute(null, '?host=teams&view=dialogue&contract=x')).toBe('?host=teams');
    expect(searchForRoute({ view: 'sharedWithMe' }, '?view=dialogue&contract=x')).toBe('?view=shared-with-me');
    expect(searchForRoute({ view: 'connection' }, '?host=teams')).toBe('?host=teams&view=connection');
  });

  it('navigates as a new history entry and tells listeners, keeping the step hash', () => {
    window.history.replaceState(null, '', '/?host=teams#contract');
    const heard = jest.fn();
    window.addEventListener(ROUTE_CHANGE_EVENT, heard);
    navigateTo({ view: 'followUp', contract: 'c1' });
    expect(window.location.search).toBe('?host=teams&view=follow-up&contract=c1');
    expect(window.location.hash).toBe('#contract');
    navigateTo(null);
    expect(window.location.search).toBe('?host=teams');
    expect(heard).toHaveBeenCalledTimes(2);
  });
});
