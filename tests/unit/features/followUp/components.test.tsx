/** The history chart with its table, the daily tick, the record-now flow and the reminder plan. */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { recordFollowUp, reviseAgreement, dropAgreement } from '../../../../src/domain/followUp';
import { statusSeries } from '../../../../src/domain/followUpTrend';
import { setDailyCheck } from '../../../../src/domain/dailyCheck';
import type { Contract } from '../../../../src/domain/model';
import { DailyCheckPanel } from '../../../../src/features/followUp/DailyCheckPanel';
import { RecordNow } from '../../../../src/features/followUp/RecordNow';
import { StatusChart } from '../../../../src/features/followUp/StatusChart';
import { planReminderSync } from '../../../../src/features/followUp/reminderSync';
import { datesFromBooking, preselectDate } from '../../../../src/features/followUp/seriesDates';
import { NOW, contractWithDailyAgreement as contract, LEADER_BY as BY } from '../../domain/fixtures';

function renderFluent(ui: ReactElement) {
  return render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);
}

describe('StatusChart', () => {
  it('is an image with a title and a description, and a table beside it with the same data', () => {
    let c = contract();
    const id = c.selfAgreements[0]!.id;
    c = recordFollowUp(c, { agreementId: id, date: '2026-12-10', status: 'notHeld', note: 'Travl uge', by: BY }, NOW);
    c = recordFollowUp(c, { agreementId: id, date: '2026-12-24', status: 'held', note: 'Godt', by: BY }, NOW);
    renderFluent(<StatusChart locale="da" agreementText="Pauser" points={statusSeries(c, id)} />);
    const chart = screen.getByRole('img', { name: /Status over tid: Pauser/ });
    expect(chart).toHaveAccessibleDescription('2 opfølgninger fra 10. december 2026 til 24. december 2026. Seneste: Holdt.');
    expect(chart.querySelectorAll('[data-status]')).toHaveLength(2);
    const table = screen.getByRole('table', { name: 'Opfølgninger for Pauser' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['10. december 2026', 'Ikke holdt', 'Travl uge'],
      ['24. december 2026', 'Holdt', 'Godt'],
    ]);
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Dato', 'Status', 'Note']);
  });

  it('takes its colours from the theme (dark and high contrast too), not fixed ones', () => {
    let c = contract();
    const id = c.selfAgreements[0]!.id;
    for (const [date, status] of [
      ['2026-12-03', 'held'],
      ['2026-12-10', 'partly'],
      ['2026-12-17', 'notHeld'],
    ] as const)
      c = recordFollowUp(c, { agreementId: id, date, status, note: '', by: BY }, NOW);
    renderFluent(<StatusChart locale="da" agreementText="Pauser" points={statusSeries(c, id)} />);
    const chart = screen.getByRole('img', { name: /Status over tid: Pauser/ });
    expect(chart.querySelectorAll('[fill^="#"], [stroke^="#"]')).toHaveLength(0);
    // Each mark's class sets its colour from a Fluent token, which every theme defines.
    const css = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
    const tokenOf = (el: Element, property: 'fill' | 'stroke') =>
      [...el.classList].map((cls) => new RegExp(`\\.${cls}\\s*\\{\\s*${property}:\\s*var\\(--(\\w+)\\)`).exec(css)?.[1]).find(Boolean);
    const mark = (status: string) => chart.querySelector(`[data-status="${status}"] > *`)!;
    expect(tokenOf(mark('held'), 'fill')).toBe('colorStatusSuccessForeground1');
    expect(tokenOf(mark('partly'), 'fill')).toBe('colorStatusWarningForeground1');
    expect(tokenOf(mark('notHeld'), 'stroke')).toBe('colorStatusDangerForeground1');
    expect(tokenOf(chart.querySelector('polyline')!, 'stroke')).toBe('colorNeutralForeground3');
  });

  it('says so when nothing is recorded yet (no empty chart)', () => {
    renderFluent(<StatusChart locale="en" agreementText="Breaks" points={[]} />);
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByText('No follow-ups yet.')).toBeInTheDocument();
  });
});

describe('DailyCheckPanel', () => {
  it('asks once a day, shows the answer pressed and the streak', async () => {
    let c = contract();
    const daily = c.selfAgreements[1]!;
    const now = new Date('2026-11-26T11:00:00Z');
    c = setDailyCheck(c, daily.id, '2026-11-24', true, now);
    c = setDailyCheck(c, daily.id, '2026-11-25', true, now);
    const answers: [string, boolean][] = [];
    const { rerender } = renderFluent(
      <DailyCheckPanel locale="da" contract={c} today="2026-11-26" readOnly={false} onAnswer={(id, kept) => answers.push([id, kept])} />,
    );
    const group = screen.getByRole('group', { name: /Har du overholdt det i dag\? Ingen mails efter kl\. 17/ });
    expect(screen.getByTestId('daily-streak')).toHaveTextContent('2 dage i træk');
    await userEvent.click(within(group).getByRole('button', { name: 'Ja' }));
    expect(answers).toEqual([[daily.id, true]]);
    c = setDailyCheck(c, daily.id, '2026-11-26', true, now);
    rerender(
      <FluentProvider theme={webLightTheme}>
        <DailyCheckPanel locale="da" contract={c} today="2026-11-26" readOnly={false} onAnswer={() => undefined} />
      </FluentProvider>,
    );
    expect(screen.getByRole('button', { name: 'Ja' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByTestId('daily-streak')).toHaveTextContent('I dag: Overholdt · 3 dage i træk · Flest dage i træk: 3');
    expect(screen.getByRole('list', { name: 'De sidste 14 dage' }).querySelectorAll('[data-kept="true"]')).toHaveLength(3);
  });
});

describe('RecordNow', () => {
  const series = [
    {
      id: 'shortDialogueBiweekly',
      cadence: 'biweekly' as const,
      transactionId: 't',
      seriesMasterId: 's',
      start: '2026-12-03T10:00:00',
      durationMinutes: 15,
      timeZone: 'Romance Standard Time',
      endDate: '2027-02-01',
    },
  ];

  it('lists the held dates with the most recent one chosen (never a future meeting), and records a status at once', async () => {
    const c = contract();
    const dates = datesFromBooking(series);
    expect(dates.map((d) => d.date)).toEqual(['2026-12-03', '2026-12-17', '2026-12-31', '2027-01-14', '2027-01-28']);
    expect(preselectDate(dates, '2026-12-18')).toBe('2026-12-17');
    expect(preselectDate(dates, '2026-12-17')).toBe('2026-12-17');
    expect(preselectDate(dates, '2026-12-01')).toBe('2026-12-01');
    const recorded: unknown[] = [];
    renderFluent(
      <RecordNow locale="da" contract={c} dates={dates} datesSource="record" today="2026-12-18" readOnly={false} onRecord={(r) => recorded.push(r)} />,
    );
    const select = screen.getByRole('combobox', { name: 'Opfølgningsmøde' });
    expect(select).toHaveValue('2026-12-17');
    expect([...select.querySelectorAll('option')].map((o) => o.getAttribute('value'))).toEqual(['2026-12-03', '2026-12-17', 'other']);
    const agreement = c.leaderAgreements[0]!;
    const row = document.querySelector(`[data-record-agreement="${agreement.id}"]`) as HTMLElement;
    await userEvent.type(within(row).getByRole('textbox', { name: 'Kort note' }), 'Ok');
    await userEvent.click(within(row).getByRole('radio', { name: 'Delvist' }));
    expect(recorded).toEqual([{ agreementId: agreement.id, date: '2026-12-17', status: 'partly', note: 'Ok' }]);
    expect(within(row).getByRole('radiogroup', { name: agreement.text })).toBeInTheDocument();
  });
});

describe('planReminderSync', () => {
  function booked(c: Contract): Contract {
    const [self, daily] = c.selfAgreements as [Contract['selfAgreements'][number], Contract['selfAgreements'][number]];
    return {
      ...c,
      bookings: {
        followUps: [],
        reminders: [
          { agreementId: self.id, kind: 'todo', cadence: 'weekly', taskListId: 'L', taskId: 'T1', text: self.text },
          { agreementId: daily.id, kind: 'event', cadence: 'daily', eventId: 'E2', text: daily.text },
        ],
      },
    };
  }

  it('has nothing to do while the reminders match their agreements', () => {
    expect(planReminderSync(booked(contract()))).toEqual({ update: [], remove: [] });
  });

  it('updates a revised agreement’s reminder and removes a dropped one’s; the engine no longer wants the dropped', () => {
    let c = booked(contract());
    const [self, daily] = c.selfAgreements as [Contract['selfAgreements'][number], Contract['selfAgreements'][number]];
    c = reviseAgreement(c, self.id, { text: 'Pauser to gange om ugen', followUp: 'Fredag', cadence: 'weekly' }, BY);
    c = dropAgreement(c, daily.id);
    const plan = planReminderSync(c);
    expect(plan.update.map((u) => [u.reminder.taskId, u.agreement.text])).toEqual([['T1', 'Pauser to gange om ugen']]);
    expect(plan.remove.map((r) => r.eventId)).toEqual(['E2']);
  });
});
