import { createEmptyDraft } from '../../../src/domain/draft';
import { addAgreement, setContractField, setPoints, toggleQuestionForLeader, updateAgreements } from '../../../src/domain/draftEdits';
import type { DocumentContract } from '../../../src/domain/contractDocument';
import type { Agreement, Contract, Draft, FollowUpBooking, Signature } from '../../../src/domain/model';

/** 26 November 2026, 13.30 local time: a Thursday in ISO week 48. */
export const NOW = new Date(2026, 10, 26, 13, 30);

/** A contract a leader could share: every required field filled, valid period, a few agreements. */
export function filledDraft(now: Date = NOW): Draft {
  let d = createEmptyDraft(now, 'da');
  d = setContractField(d, 'goals', 'Implementering af IT-projektet', now);
  d = setContractField(d, 'workEnvironment', 'Uforstyrret tid og sparring', now);
  d = setContractField(d, 'alignWithLeader', 'Prioritering af sager', now);
  d = updateAgreements(
    d,
    'selfAgreements',
    (l) => addAgreement(l, { text: 'Jeg lægger pauser ind med mig selv', followUp: 'Hver fredag', cadence: 'weekly' }, now),
    now,
  );
  d = updateAgreements(
    d,
    'leaderAgreements',
    (l) =>
      addAgreement(
        l,
        { text: 'Vi drøfter og prioriterer de vigtigste sager på vores ugentlige møde', followUp: 'De sidste 5 minutter', cadence: 'weekly' },
        now,
      ),
    now,
  );
  d = setPoints(d, ['Prioritering', 'Gensidig tillid'], now);
  d = toggleQuestionForLeader(d, 'goals-1', now);
  return d;
}

/** Mette's contract as the .docx sees it: who, the period and when; each test adds its fields and agreements. */
export const DOCUMENT_BASE = {
  locale: 'da',
  leader: { displayName: 'Mette Hansen', mail: 'mette.hansen@demokommune.example' },
  nearestLeader: { displayName: 'Lars Nielsen' },
  period: { start: '2026-12-01', end: '2027-11-30' },
  updatedAt: '2026-11-26T09:00:00.000Z',
} satisfies Partial<DocumentContract>;

/** The daily self-agreement both .docx tests render. */
export const MAILS_AGREEMENT: Agreement = {
  id: 'a1',
  text: 'Jeg tjekker mails fire gange om dagen',
  followUp: 'Jeg krydser af på et papir',
  cadence: 'daily',
  createdAt: '2026-11-26T09:00:00.000Z',
};

/** A booked monthly follow-up series (first on 7 January 2027, 30 minutes), as the invite records it. */
export const MONTHLY_FOLLOW_UP: FollowUpBooking = {
  id: 'custom-monthly',
  transactionId: 'f',
  seriesMasterId: 'series-1',
  cadence: 'monthly',
  start: '2027-01-07T10:00:00',
  durationMinutes: 30,
  endDate: '2027-11-26',
  timeZone: 'Romance Standard Time',
};

/** Mette signing as the leader, at NOW. */
export const LEADER_BY: Signature = { role: 'leader', displayName: 'Mette Hansen', at: NOW.toISOString() };

/** The filled contract with one more agreement with herself, checked daily (the follow-up tests' start). */
export function contractWithDailyAgreement(): Contract {
  let d = filledDraft();
  d = updateAgreements(
    d,
    'selfAgreements',
    (l) => addAgreement(l, { text: 'Ingen mails efter kl. 17', followUp: 'Jeg krydser af hver dag', cadence: 'daily' }, NOW),
    NOW,
  );
  return d.contract;
}
