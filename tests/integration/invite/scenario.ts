/**
 * The seeded leader's "Book and share", set up the way the UI does it: who am I, my nearest leader
 * from the directory, a free slot from findMeetingTimes, a filled-in contract. Shared by the
 * integration tests and the round-trip benchmark (scripts/bench-roundtrips-run.ts).
 */
import { createEmptyContract } from '../../../src/domain/draft';
import { addMonths, isoDate } from '../../../src/domain/dates';
import type { Contract, PrivateNotes } from '../../../src/domain/model';
import type { GraphClient } from '../../../src/graph/client';
import { getMailboxSettings, getMe } from '../../../src/graph/me';
import { findDialogueTimes } from '../../../src/graph/meetingTimes';
import { getNearestLeader } from '../../../src/graph/people';
import type { MeetingSlot, Person } from '../../../src/graph/types';
import { buildContractDeepLink } from '../../../src/host/contractLinks';
import type { BookAndShareRequest } from '../../../src/features/invite/engine';
import { addMinutesLocal } from '../../../src/features/invite/engine';

export const PRIVATE_NOTE = 'PRIVAT: jeg er træt af krydspresset fra direktionen';

export function sampleContract(now: Date, leader: Person, nearestLeader: Person, text: (s: string) => string = (s) => s): Contract {
  const contract = createEmptyContract(now, 'da');
  const stamp = now.toISOString();
  return {
    ...contract,
    leader,
    nearestLeader,
    period: { start: isoDate(now), end: isoDate(addMonths(now, 12)) },
    fields: {
      goals: text('Styrke sammenhængen i hjemmeplejen & nå målene for borgertilfredshed.'),
      workEnvironment: text('Mindre krydspres; mere tid til sparring med mine teamledere.'),
      alignWithLeader: text('Hvordan vi prioriterer, når ressourcerne ikke slår til.'),
    },
    selfAgreements: [
      { id: 'self-1', text: text('Jeg holder fri fra mails efter kl. 17'), followUp: text('Jeg krydser af hver dag'), cadence: 'daily', createdAt: stamp },
      { id: 'self-2', text: text('Jeg tager en gåtur med en kollega om ugen'), followUp: text('Status hver fredag'), cadence: 'weekly', createdAt: stamp },
      { id: 'self-3', text: text('Jeg beder om hjælp, før det brænder på'), followUp: '', createdAt: stamp },
    ],
    leaderAgreements: [
      {
        id: 'leader-1',
        text: text('Vi tager krydspres op på statusmøderne hver uge'),
        followUp: text('De sidste 5 minutter'),
        cadence: 'weekly',
        createdAt: stamp,
      },
    ],
    preparation: {
      points: [text('Mit ledelsesrum i budgetprocessen'), text('Min egen trivsel som leder')],
      questionsForLeader: ['goals-1'],
      inviteChecklist: [true],
    },
  };
}

export const sampleNotes: PrivateNotes = { schema: 1, questionNotes: { 'goals-1': PRIVATE_NOTE }, themeNotes: {}, figure: { upToOwnLeader: PRIVATE_NOTE } };

export interface Scenario {
  request: BookAndShareRequest;
  slot: MeetingSlot;
  me: Person & { id: string };
}

/** Everything the UI would have gathered before "Book and share". */
export async function prepareScenario(
  graph: GraphClient,
  now: Date = new Date(),
  text?: (s: string) => string,
  /** Where the directory refuses the manager (no admin consent to User.Read.All): the leader picks them, as the UI's people picker does. */
  pickNearestLeader?: (graph: GraphClient) => Promise<Person>,
): Promise<Scenario> {
  const me = await getMe(graph);
  const leader = await getNearestLeader(graph).catch(async (error: unknown) => {
    if (!pickNearestLeader) throw error;
    return { kind: 'user' as const, person: await pickNearestLeader(graph) };
  });
  if (leader.kind === 'none') throw new Error('the scenario needs a nearest leader');
  const { workingHours, timeZone } = await getMailboxSettings(graph);
  const nearestLeader: Person = leader.person;
  let slot: MeetingSlot | undefined;
  if (leader.kind === 'user') {
    const times = await findDialogueTimes(graph, {
      attendee: { mail: nearestLeader.mail ?? '', displayName: nearestLeader.displayName },
      workingHours,
      timeZone,
      workingDays: 10,
      now,
    });
    slot = times.slots.find((s) => s.confidence === 100) ?? times.slots[0];
  }
  if (!slot) {
    // An orgContact's calendar is not visible: the leader sets a time by hand (a working day next week, 10.00).
    const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 7);
    while (day.getDay() === 0 || day.getDay() === 6) day.setDate(day.getDate() + 1);
    const start = `${isoDate(day)}T10:00:00`;
    slot = { start: { dateTime: start, timeZone }, end: { dateTime: addMinutesLocal(start, 45), timeZone }, confidence: 0 };
  }
  const first = new Date(`${slot.start.dateTime.slice(0, 10)}T12:00:00`);
  const followUpDate = isoDate(new Date(first.getFullYear(), first.getMonth(), first.getDate() + 14));
  const contract = sampleContract(now, { displayName: me.displayName, mail: me.mail, id: me.id, kind: 'user' }, nearestLeader, text);
  const request: BookAndShareRequest = {
    contract,
    notes: sampleNotes,
    leader: { displayName: me.displayName, id: me.id, mail: me.mail, kind: 'user' },
    nearestLeader,
    slot: { start: slot.start.dateTime, end: slot.end.dateTime, timeZone: slot.start.timeZone },
    followUps: [{ preset: 'shortDialogueBiweekly', firstStart: `${followUpDate}${slot.start.dateTime.slice(10)}` }],
    locale: 'da',
    deepLink: (contractId) => buildContractDeepLink({ appId: '5b0a5e53-4a51-4d0e-9a8f-1c5ad3a1e001', entityId: 'lederdialog', contractId }),
    now,
  };
  return { request, slot, me: { ...me, id: me.id } };
}
