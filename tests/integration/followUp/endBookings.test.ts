// A shortened period ends the follow-ups with it, against the emulator: the series' recurrence
// ends on the new last day (in Lars's copy too), the To Do reminder's recurrence ends on it, and a
// series that had not begun by then is cancelled.
import type { Bookings } from '../../../src/domain/model';
import { newId } from '../../../src/domain/ids';
import { bookingsPastEnd, withBookingsEnded } from '../../../src/domain/periodEnd';
import { endBookingsAt } from '../../../src/features/followUp/endBookings';
import { createRecurringSeries, listSeriesInstances } from '../../../src/graph/events';
import { createRecurringTask, getDefaultTaskList } from '../../../src/graph/todo';
import { LARS, METTE, startTestEmulator, type TestEmulator } from '../support/emulator';

let env: TestEmulator;
beforeAll(async () => {
  env = await startTestEmulator();
});
afterAll(async () => env.close());

const CPH = 'Romance Standard Time';

it('ends the series and the reminder on the shortened period’s last day, and cancels a series not yet begun', async () => {
  const graph = env.graphAs(METTE);
  const series = await createRecurringSeries(graph, {
    subject: 'Kort dialog om lederaftalen',
    cadence: 'biweekly',
    firstStart: { dateTime: '2027-01-05T09:00:00', timeZone: CPH },
    durationMinutes: 15,
    endDate: '2027-12-31',
    attendees: [{ mail: LARS, displayName: 'Lars Nielsen' }],
    agendaHtml: '<p>Opfølgning</p>',
    transactionId: newId(),
  });
  const later = await createRecurringSeries(graph, {
    subject: 'Kvartalsdialog om lederaftalen',
    cadence: 'quarterly',
    firstStart: { dateTime: '2027-08-03T09:00:00', timeZone: CPH },
    durationMinutes: 45,
    endDate: '2027-12-31',
    attendees: [{ mail: LARS, displayName: 'Lars Nielsen' }],
    agendaHtml: '<p>Kvartal</p>',
    transactionId: newId(),
  });
  const list = await getDefaultTaskList(graph);
  const task = await createRecurringTask(graph, {
    title: 'Jeg holder fri i weekenden',
    body: 'Aftale med mig selv',
    cadence: 'weekly',
    firstDate: '2027-01-08',
    endDate: '2027-12-31',
    reminderTime: '15:00',
    timeZone: CPH,
    guardKey: `self-${newId()}`,
  });
  const bookings: Bookings = {
    dialogue: { transactionId: 't', start: '2026-12-15T10:00:00', end: '2026-12-15T10:45:00', timeZone: CPH },
    followUps: [
      {
        id: 'shortDialogueBiweekly',
        cadence: 'biweekly',
        transactionId: 'a',
        seriesMasterId: series.id,
        start: '2027-01-05T09:00:00',
        durationMinutes: 15,
        timeZone: CPH,
        endDate: '2027-12-31',
      },
      {
        id: 'quarterlyDialogue',
        cadence: 'quarterly',
        transactionId: 'b',
        seriesMasterId: later.id,
        start: '2027-08-03T09:00:00',
        durationMinutes: 45,
        timeZone: CPH,
        endDate: '2027-12-31',
      },
    ],
    reminders: [
      {
        agreementId: 'self-1',
        kind: 'todo',
        cadence: 'weekly',
        taskListId: list.id,
        taskId: task.id,
        text: 'Jeg holder fri i weekenden',
        firstDate: '2027-01-08',
        time: '15:00',
        endDate: '2027-12-31',
      },
    ],
  };
  const lastDay = '2027-03-31';
  expect(bookingsPastEnd(bookings, lastDay).followUps).toHaveLength(2);

  const ended = await endBookingsAt(graph, bookings, lastDay, CPH);
  expect(ended).toEqual({ followUps: ['shortDialogueBiweekly', 'quarterlyDialogue'], reminders: ['self-1'] });

  const instances = await listSeriesInstances(graph, series.id, { from: '2027-01-01T00:00:00Z', to: '2028-01-01T00:00:00Z', timeZone: CPH });
  expect(instances.length).toBeGreaterThan(0);
  expect(instances.every((i) => i.start.dateTime.slice(0, 10) <= lastDay)).toBe(true);
  const state = await env.state();
  const larsCopy = state.events.find(
    (e) => e.owner === LARS && (e as { recurrence?: { range?: { endDate?: string } } }).recurrence && e.subject === 'Kort dialog om lederaftalen',
  ) as { recurrence: { range: { endDate: string } } } | undefined;
  expect(larsCopy?.recurrence.range.endDate).toBe(lastDay);
  // The quarterly series would first have met in August: cancelled, Lars's copy says so.
  expect(state.events.some((e) => e.owner === METTE && e.id === later.id)).toBe(false);
  expect(state.events.find((e) => e.owner === LARS && String(e.subject).includes('Kvartalsdialog'))?.isCancelled).toBe(true);
  const stored = state.todoTasks.find((t) => t.owner === METTE && t.title === 'Jeg holder fri i weekenden') as
    { recurrence: { range: { endDate: string } } } | undefined;
  expect(stored?.recurrence.range.endDate).toBe(lastDay);

  // The record: the biweekly series ends on the last day, the quarterly one is gone; nothing runs past it.
  const after = withBookingsEnded(bookings, lastDay, ended);
  expect(after.followUps.map((f) => [f.id, f.endDate])).toEqual([['shortDialogueBiweekly', lastDay]]);
  expect(after.reminders[0]?.endDate).toBe(lastDay);
  expect(bookingsPastEnd(after, lastDay)).toEqual({ followUps: [], reminders: [] });
});
