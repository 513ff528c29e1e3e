import type { Locale } from '../content/types';
import { localeFromTag } from '../content/localeTag';
import type { HostContext } from './types';

/** The app language the host asks for: `da*` is Danish, anything else English. */
export function hostLanguage(host: Pick<HostContext, 'locale'>): Locale {
  return localeFromTag(host.locale);
}
