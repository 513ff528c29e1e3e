/**
 * What goes into the dialogue appointment, decided before Outlook is touched: a pure function of
 * the leader's choices, so it can be shown as a preview and tested without Office.
 *
 * The agenda comes from the same builder the tab uses for its Graph invitation. Without a contract
 * the builder gets an empty one whose preparation holds the interview guide's questions, which is
 * the tool's own default agenda ("Bed din leder forberede sig … Vis eventuelt de spørgsmål, du selv
 * vil forberede dig på").
 */
import { getContent } from '../content';
import type { Locale, ToolContent } from '../content/types';
import { fillTemplate } from '../content/uiStrings';
import { buildDialogueAgendaHtml } from '../domain/agenda';
import { createEmptyContract } from '../domain/draft';
import type { Contract, Person } from '../domain/model';
import { shareableQuestions } from '../domain/sharePreview';
import type { DialogueAppointmentPlan } from './fillAppointment';
import { paneStrings, type PaneStrings } from './paneStrings';

/** The tool's time use: "45 minutter til selve dialogen". */
export function dialogueMinutes(content: ToolContent): number {
  return content.timeUse.dialogueMinutes;
}

function dialogueSubject(locale: Locale, leaderName: string): string {
  return fillTemplate(paneStrings[locale].dialogueSubject, { name: leaderName.trim() });
}

/** Every support question of the interview guide that may go to the nearest leader, in the tool's order. */
export function allGuideQuestionIds(content: ToolContent): string[] {
  return shareableQuestions(content).map((q) => q.id);
}

/** The contract the default agenda is built from when the leader has none yet. */
export function defaultAgendaContract(locale: Locale, nearestLeader: Person, questionIds: readonly string[], now: Date): Contract {
  const empty = createEmptyContract(now, locale);
  return { ...empty, nearestLeader, preparation: { ...empty.preparation, questionsForLeader: [...questionIds] } };
}

export interface DialoguePlanInput {
  /** The pane's language (Office.context.displayLanguage): subject and location. */
  locale: Locale;
  start: Date;
  nearestLeader: Person;
  /** The leader's contract from OneDrive, or null to use the tool's default agenda. */
  contract: Contract | null;
  /** Questions for the default agenda (ignored when there is a contract). */
  defaultQuestionIds?: readonly string[];
  /** A link to the shared contract (OneDrive webUrl or Teams deep link), if there is one. */
  contractLink?: string;
  now?: Date;
}

/** What is missing before the appointment can be planned: a key of paneStrings, worded by the pane. */
export type DialoguePlanProblem = keyof Pick<PaneStrings, 'leaderNameMissing' | 'leaderCannotBeInvited' | 'startInvalid'>;

/**
 * Says what is missing, not how to say it to the leader: the pane words it in its own language
 * (TaskPane.tsx). The Error's message is the English wording, for logs and developers.
 */
export class DialoguePlanError extends Error {
  constructor(
    readonly problem: DialoguePlanProblem,
    /** The nearest leader's name as typed, for the message that names them. */
    readonly leaderName = '',
  ) {
    super(fillTemplate(paneStrings.en[problem], { name: leaderName }));
    this.name = 'DialoguePlanError';
  }
}

const MAIL = /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;]+$/;

export function isMailAddress(value: string | undefined): value is string {
  return typeof value === 'string' && MAIL.test(value.trim());
}

export function planDialogueAppointment(input: DialoguePlanInput): DialogueAppointmentPlan {
  const { locale, start, nearestLeader } = input;
  // The agenda is in the contract's language, as in the tab; without one, in the pane's.
  const content = getContent(input.contract?.locale ?? locale);
  const name = nearestLeader.displayName.trim();
  if (!name) throw new DialoguePlanError('leaderNameMissing');
  if (!isMailAddress(nearestLeader.mail)) throw new DialoguePlanError('leaderCannotBeInvited', name);
  if (Number.isNaN(start.getTime())) throw new DialoguePlanError('startInvalid');

  const now = input.now ?? new Date();
  const leader: Person = { ...nearestLeader, displayName: name, mail: nearestLeader.mail.trim() };
  const contract = input.contract
    ? { ...input.contract, nearestLeader: input.contract.nearestLeader ?? leader }
    : defaultAgendaContract(locale, leader, input.defaultQuestionIds ?? allGuideQuestionIds(content), now);
  const end = new Date(start.getTime() + dialogueMinutes(content) * 60_000);
  return {
    subject: dialogueSubject(locale, name),
    start,
    end,
    requiredAttendees: [{ displayName: name, emailAddress: leader.mail as string }],
    bodyHtml: buildDialogueAgendaHtml(contract, content, input.contractLink ? { contractLink: input.contractLink } : {}),
    location: paneStrings[locale].locationHint,
  };
}
