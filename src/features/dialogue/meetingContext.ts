/**
 * Where the dialogue view runs inside Teams: the frame (meeting side panel, meeting tab, the tab's
 * configuration page), the meeting's chat and the tab's sub-page. teams-js was initialised by
 * src/host/detectHost at start-up; this only asks it for the context again (same module instance,
 * loaded lazily). Outside Teams there is none.
 */
export interface MeetingContext {
  frameContext?: string;
  /** The meeting chat's thread id (`19:meeting_…@thread.v2`). */
  chatId?: string;
  meetingId?: string;
  /** The tab's sub-entity: a deep link's contract reference. */
  subPageId?: string;
}

export async function readMeetingContext(win: Window = window): Promise<MeetingContext | undefined> {
  if (win.parent === win && !('nativeInterface' in win)) return undefined;
  try {
    const { app } = await import(/* webpackChunkName: "teams-js" */ '@microsoft/teams-js');
    if (!app.isInitialized()) return undefined;
    const context = await app.getContext();
    return {
      ...(context.page.frameContext ? { frameContext: String(context.page.frameContext) } : {}),
      ...(context.chat?.id ? { chatId: context.chat.id } : {}),
      ...(context.meeting?.id ? { meetingId: context.meeting.id } : {}),
      ...(context.page.subPageId ? { subPageId: context.page.subPageId } : {}),
    };
  } catch {
    return undefined;
  }
}
