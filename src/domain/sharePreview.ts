/**
 * Exactly what the nearest leader gets. The preview in step 3 and the shared lederaftale.json come
 * from this one function, so what the leader sees before sharing is what is shared.
 *
 * Built by picking known fields (never by deleting private ones), so a field added to Contract
 * later stays private until someone decides here that it may be shared. Private notes are a
 * separate record and never reach this function; the "Inviter din leder" checklist is the leader's
 * own and is left out. Bookings are shared only as `sharedBookings` projects them.
 */
import type { SupportQuestion, ToolContent } from '../content/types';
import { sharedBookings } from './sharedBookings';
import { sharedAgreementHistory, sharedCollaboration } from './collaboration';
import type { Agreement, Contract, DialoguePreparation, Person } from './model';
import { isShareableQuestion } from './shareableQuestion';

export { DIFFICULT_COLLABORATION_QUESTION_ID, isShareableQuestion } from './shareableQuestion';

export type SharedPreparation = Omit<DialoguePreparation, 'inviteChecklist'>;

export interface SharedContract extends Omit<Contract, 'preparation'> {
  preparation: SharedPreparation;
}

function sharedPerson(person: Person): Person {
  const out: Person = { displayName: person.displayName };
  if (person.mail !== undefined) out.mail = person.mail;
  if (person.id !== undefined) out.id = person.id;
  if (person.kind !== undefined) out.kind = person.kind;
  return out;
}

function sharedAgreement(a: Agreement): Agreement {
  const out: Agreement = { id: a.id, text: a.text, followUp: a.followUp, createdAt: a.createdAt };
  if (a.cadence !== undefined) out.cadence = a.cadence;
  if (a.author !== undefined) out.author = a.author;
  sharedAgreementHistory(a, out);
  return out;
}

export function buildSharePreview(contract: Contract): SharedContract {
  const shared: SharedContract = {
    schema: contract.schema,
    id: contract.id,
    createdAt: contract.createdAt,
    updatedAt: contract.updatedAt,
    locale: contract.locale,
    period: { start: contract.period.start, end: contract.period.end },
    fields: { goals: contract.fields.goals, workEnvironment: contract.fields.workEnvironment, alignWithLeader: contract.fields.alignWithLeader },
    selfAgreements: contract.selfAgreements.map(sharedAgreement),
    leaderAgreements: contract.leaderAgreements.map(sharedAgreement),
    preparation: {
      // Empty point slots in the form are not points; a point is kept as typed (issue 14: the JSON
      // round-trips exactly, white space at the ends included).
      points: contract.preparation.points.filter((p) => p.trim() !== ''),
      questionsForLeader: [...new Set(contract.preparation.questionsForLeader)].filter(isShareableQuestion),
    },
  };
  if (contract.leader) shared.leader = sharedPerson(contract.leader);
  if (contract.nearestLeader) shared.nearestLeader = sharedPerson(contract.nearestLeader);
  // The booking record's public projection (meeting, series, files, share; no eTags, nothing about
  // the private notes) travels in lederaftale.json so a retry from either side finds what exists.
  if (contract.bookings) shared.bookings = sharedBookings(contract.bookings);
  // What the two add later (comments, "Vi er enige", follow-ups, daily checks) is shared by nature.
  if (contract.collaboration) shared.collaboration = sharedCollaboration(contract.collaboration);
  if (contract.previousContractId) shared.previousContractId = contract.previousContractId;
  if (contract.archivedAt) shared.archivedAt = contract.archivedAt;
  return shared;
}

/** The support questions the leader may show the nearest leader, in the interview guide's order. */
export function shareableQuestions(content: ToolContent): SupportQuestion[] {
  return content.guide.themes.flatMap((theme) => theme.questions.filter((q) => isShareableQuestion(q.id)));
}

/** The chosen support questions with their text, in the interview guide's order; unknown and unshareable ids are skipped. */
export function chosenQuestions(questionIds: readonly string[], content: ToolContent): SupportQuestion[] {
  const chosen = new Set(questionIds);
  return shareableQuestions(content).filter((q) => chosen.has(q.id));
}
