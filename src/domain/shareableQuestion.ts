/**
 * Which support questions may be shown to the nearest leader. A module of its own (re-exported by
 * ./sharePreview) because the draft's update functions need it, and they are on the first screen,
 * where the share preview and the records behind it are not.
 */

/**
 * The last support question of theme 3 is advice for when the collaboration with one's nearest leader
 * is difficult („… så sørg for at få råd og hjælp til at håndtere relationen“): help to seek
 * elsewhere, so it is never sent to that same nearest leader as a question to prepare for.
 * (tests/unit/content/content.test.ts holds that this id is the advice in both languages.)
 */
export const DIFFICULT_COLLABORATION_QUESTION_ID = 'nearestLeader-7';

export function isShareableQuestion(questionId: string): boolean {
  return questionId !== DIFFICULT_COLLABORATION_QUESTION_ID;
}
