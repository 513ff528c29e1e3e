/**
 * The optional last part of "Book and share": pin Lederdialog in the booked dialogue meeting, so
 * the contract opens in the meeting's side panel without anyone looking for it.
 *
 *   round 1  the app's id in the organisation's catalog  (+ the meeting chat, when the join link
 *            does not name it)
 *   round 2  install the app in the meeting chat  ∥  is our tab there already?
 *   round 3  add the tab (only when it is not there)
 *
 * It runs after the main flow and is counted on its own: at most three round trips on a first run,
 * two when everything is in place. Where the organisation or the user does not allow it (no consent,
 * 403, the app not in the catalog), the outcome carries one line on how to add the app by hand; the
 * booking itself is never affected.
 */
import type { Bookings } from '../../domain/model';
import { contractWebUrl } from '../../host/contractLinks';
import { encodeContractRef } from '../../host/deepLink';
import type { GraphClient } from '../../graph/client';
import { toGraphAppError, type GraphAppError, type GraphErrorKind } from '../../graph/errors';
import { guardedCreate } from '../../graph/guarded';
import type { RetryOptions } from '../../graph/retry';
import { addContractTab, findCatalogApp, findContractTab, findMeetingChatId, installAppInChat } from '../../graph/meetingApps';

export interface MeetingTabOptions {
  /** The manifest id (build configuration `teamsAppId`). */
  teamsAppId: string;
  /** Where the app is served, e.g. https://lederdialog.contoso.dk */
  appOrigin: string;
  /** The tab's label in the meeting. */
  displayName?: string;
}

export interface MeetingTabInput extends MeetingTabOptions {
  joinUrl: string;
  /** The shared contract's reference: the tab's entityId and the view's `contract` parameter. */
  contractRef: string;
}

export type MeetingTabStatus = 'pinned' | 'alreadyPinned' | 'notAllowed' | 'failed';

export interface MeetingTabOutcome {
  status: MeetingTabStatus;
  /** The meeting chat (its thread id), when found. */
  chatId?: string;
  tabId?: string;
  /** Why it was not pinned: the summary then says how to add it by hand (strings.ts meetingTabText). */
  errorKind?: GraphErrorKind;
  /** Sequential round trips of this step alone. */
  roundTrips: number;
}

/** Adding the tab is tried this often in all when Graph fails transiently (one 503 must not cost the tab). */
export const ADD_TAB_ATTEMPTS = 3;

/**
 * Tighter than a booking call's bounds: the booking is done and the tab is optional, so the leader
 * waits seconds for it, not half a minute. Without a Retry-After about 300 ms, then 600 ms (±20 %
 * jitter, as every retry); a Retry-After over 3 s ends the tries (it is respected, not cut short),
 * and the tab is added by hand; 6 s in all.
 */
const PIN_RETRY: Pick<RetryOptions, 'maxAttempts' | 'baseDelayMs' | 'maxSingleWaitMs' | 'maxTotalWaitMs'> = {
  maxAttempts: ADD_TAB_ATTEMPTS,
  baseDelayMs: 300,
  maxSingleWaitMs: 3000,
  maxTotalWaitMs: 6000,
};

/** Failures that say "not now" rather than "no": busy, unavailable, or an answer that never came. */
function isTransient(error: GraphAppError): boolean {
  return error.kind === 'throttled' || error.kind === 'offline' || (error.kind === 'unknown' && error.ambiguous === true);
}

/** The side panel's address for a contract: the dialogue view, in Teams (contentUrl) or a browser (websiteUrl). */
export function dialogueTabUrls(appOrigin: string, contractRef: string): { contentUrl: string; websiteUrl: string } {
  const website = new URL(contractWebUrl(appOrigin, contractRef));
  website.searchParams.set('view', 'dialogue');
  const content = new URL(website.toString());
  content.searchParams.set('host', 'teams');
  return { contentUrl: content.toString(), websiteUrl: website.toString() };
}

/**
 * Pins the dialogue tab in the meeting chat; never throws (a refusal is an outcome). `retry`
 * overrides the waits (tests pass their own sleep).
 */
export async function pinMeetingTab(graph: GraphClient, input: MeetingTabInput, retry: Partial<RetryOptions> = {}): Promise<MeetingTabOutcome> {
  let rounds = 0;
  const byHand = (status: 'notAllowed' | 'failed', errorKind?: GraphErrorKind, chatId?: string): MeetingTabOutcome => ({
    status,
    roundTrips: rounds,
    ...(errorKind ? { errorKind } : {}),
    ...(chatId ? { chatId } : {}),
  });
  const refused = (kind: GraphErrorKind) => kind === 'consentMissing' || kind === 'accessDenied' || kind === 'notFound';

  let chatId: string | undefined;
  let catalogAppId: string | undefined;
  try {
    rounds += 1;
    const [chat, app] = await Promise.all([findMeetingChatId(graph, input.joinUrl), findCatalogApp(graph, input.teamsAppId)]);
    chatId = chat;
    catalogAppId = app?.id;
  } catch (thrown) {
    const error = toGraphAppError(thrown);
    return byHand(refused(error.kind) ? 'notAllowed' : 'failed', error.kind);
  }
  // Not in the catalog: the organisation has not published the app (or blocks it for this user).
  if (!catalogAppId) return byHand('notAllowed', 'notFound', chatId);
  if (!chatId) return byHand('failed', 'notFound');

  const { contentUrl, websiteUrl } = dialogueTabUrls(input.appOrigin, input.contractRef);
  try {
    rounds += 1;
    const appId = catalogAppId;
    const meetingChat = chatId;
    const [, existing] = await Promise.all([installAppInChat(graph, meetingChat, appId), findContractTab(graph, meetingChat, appId, input.contractRef)]);
    if (existing) return { status: 'alreadyPinned', chatId, tabId: existing.id, roundTrips: rounds };
    const tabInput = { catalogAppId: appId, displayName: input.displayName ?? 'Lederdialog', entityId: input.contractRef, contentUrl, websiteUrl };
    // A transient failure (503, 504, a lost answer) is tried again, but only after looking: the
    // tab may have been made before the answer was lost, and a blind retry would pin a second one.
    // Out of tries, it looks once more, so a tab the last lost answer made is reported as pinned.
    const { value: tab } = await guardedCreate({
      create: () => {
        rounds += 1;
        return addContractTab(graph, meetingChat, tabInput);
      },
      findExisting: () => {
        rounds += 1;
        return findContractTab(graph, meetingChat, appId, input.contractRef);
      },
      mayHaveLanded: isTransient,
      retry: { ...PIN_RETRY, ...retry },
    });
    return { status: 'pinned', chatId, tabId: tab.id, roundTrips: rounds };
  } catch (thrown) {
    const error = toGraphAppError(thrown);
    return byHand(refused(error.kind) ? 'notAllowed' : 'failed', error.kind, chatId);
  }
}

/**
 * The step as "Book and share" runs it, from what the main flow recorded: the meeting's join link
 * and where lederaftale.json now lives (the tab's contract reference, which the nearest leader can
 * open too). Nothing to do before both exist.
 */
export async function pinDialogueTab(
  graph: GraphClient,
  options: MeetingTabOptions,
  contractId: string,
  bookings: Bookings,
): Promise<MeetingTabOutcome | undefined> {
  const joinUrl = bookings.dialogue?.joinUrl;
  const storage = bookings.storage;
  if (!joinUrl || !storage?.json.itemId) return undefined;
  const contractRef = encodeContractRef({
    contractId,
    itemId: storage.json.itemId,
    ...(storage.driveId ? { driveId: storage.driveId } : {}),
    ...(storage.folderId ? { folderId: storage.folderId } : {}),
  });
  return pinMeetingTab(graph, { ...options, joinUrl, contractRef });
}
