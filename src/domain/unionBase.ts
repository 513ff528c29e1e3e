/**
 * The merge base for a writer that does not know which version its copy started from (a leader's
 * draft that was never saved from this device, or whose stored base was lost): the file's latest
 * version, cut down to what the writer's copy also has. Everything only the file has then reads as
 * added by someone else and is kept; everything only the copy has reads as added by the writer and
 * is kept: a union, nothing deleted by guesswork. What both have is merged three-way as usual, so a
 * change the writer made to a shared item still wins over the file's unchanged one.
 *
 * The dialogue record and the acceptance are taken from the copy: a copy without them never
 * deletes them from the file (an older acceptance in the copy loses to the file's newer one).
 * Pure: no storage, no clock.
 */
import { CONTRACT_LIST_FIELD_IDS } from './catalog';
import type { Contract, ContractCollaboration } from './model';

function only<T>(list: readonly T[], key: (item: T) => string, keep: readonly T[]): T[] {
  const keys = new Set(keep.map(key));
  return list.filter((item) => keys.has(key(item)));
}

export function unionBase(latest: Contract, mine: Contract): Contract {
  const base: Contract = JSON.parse(JSON.stringify(latest)) as Contract;
  for (const list of CONTRACT_LIST_FIELD_IDS) base[list] = only(latest[list], (a) => a.id, mine[list]);
  base.preparation = {
    ...base.preparation,
    points: only(latest.preparation.points, (p) => p, mine.preparation.points),
    questionsForLeader: only(latest.preparation.questionsForLeader, (q) => q, mine.preparation.questionsForLeader),
  };
  const r = latest.collaboration;
  if (!r) return base;
  const m = mine.collaboration;
  const collaboration: ContractCollaboration = {
    ...r,
    comments: only(r.comments, (c) => c.id, m?.comments ?? []),
    followUps: only(r.followUps, (f) => f.id, m?.followUps ?? []),
    dailyChecks: only(r.dailyChecks, (d) => `${d.agreementId}|${d.date}`, m?.dailyChecks ?? []),
  };
  if (m?.acceptance) collaboration.acceptance = m.acceptance;
  else delete collaboration.acceptance;
  if (m?.dialogue) collaboration.dialogue = m.dialogue;
  else delete collaboration.dialogue;
  base.collaboration = collaboration;
  return base;
}
