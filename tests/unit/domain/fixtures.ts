import { addAgreement, createEmptyDraft, setContractField, setPoints, toggleQuestionForLeader, updateAgreements } from '../../../src/domain/draft';
import type { Draft } from '../../../src/domain/model';

/** 26 November 2026, 13.30 local time: a Thursday in ISO week 48. */
export const NOW = new Date(2026, 10, 26, 13, 30);

/** A contract a leader could share: every required field filled, valid period, a few agreements. */
export function filledDraft(now: Date = NOW): Draft {
  let d = createEmptyDraft(now, 'da');
  d = setContractField(d, 'goals', 'Implementering af IT-projektet', now);
  d = setContractField(d, 'workEnvironment', 'Uforstyrret tid og sparring', now);
  d = setContractField(d, 'alignWithLeader', 'Prioritering af sager', now);
  d = updateAgreements(d, 'selfAgreements', (l) => addAgreement(l, { text: 'Jeg lægger pauser ind med mig selv', followUp: 'Hver fredag', cadence: 'weekly' }, now), now);
  d = updateAgreements(d, 'leaderAgreements', (l) => addAgreement(l, { text: 'Vi drøfter og prioriterer de vigtigste sager på vores ugentlige møde', followUp: 'De sidste 5 minutter', cadence: 'weekly' }, now), now);
  d = setPoints(d, ['Prioritering', 'Gensidig tillid'], now);
  d = toggleQuestionForLeader(d, 'goals-1', now);
  return d;
}
