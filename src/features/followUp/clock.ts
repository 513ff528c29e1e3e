/**
 * "Today" for the follow-up view. Real time everywhere — except in a demo build (no Entra app, the
 * local emulator), where `?now=YYYY-MM-DD` (or a full ISO instant) in the address sets the clock, so
 * a demonstration or an end-to-end test can show three days of the daily tick without waiting three
 * days. A production build ignores it: there, nobody can tick a day that has not come.
 */
import { appConfig, isDemoMode } from '../../config';
import { danishDay } from '../../domain/dailyCheck';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** The demo clock's instant from an address query, if any. Midday in Copenhagen for a bare date. */
export function demoNowFromSearch(search: string): Date | undefined {
  const value = new URLSearchParams(search).get('now');
  if (!value) return undefined;
  // 12.00 Danish time is 10.00 or 11.00 UTC: the same Danish day whatever the device's zone.
  const instant = new Date(DATE_ONLY.test(value) ? `${value}T10:30:00Z` : value);
  return Number.isNaN(instant.getTime()) ? undefined : instant;
}

export function now(): Date {
  if (isDemoMode(appConfig) && typeof window !== 'undefined') {
    const demo = demoNowFromSearch(window.location.search);
    if (demo) return demo;
  }
  return new Date();
}

export function today(): string {
  return danishDay(now());
}
