/**
 * A shortened period: the notice names what runs past the new end, asks first, and only on „Ja,
 * afslut dem" ends the series and reminders (the Graph part is tested against the emulator in
 * tests/integration/followUp/endBookings.test.ts).
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Bookings, Contract } from '../../../../src/domain/model';
import { bookingsPastEnd, withBookingsEnded } from '../../../../src/domain/periodEnd';
import { EndBookingsNotice } from '../../../../src/features/followUp/EndBookingsNotice';
import { endBookingsAt } from '../../../../src/features/followUp/endBookings';
import type { GraphClient } from '../../../../src/graph/client';
import { filledDraft } from '../../domain/fixtures';

jest.mock('../../../../src/features/followUp/endBookings', () => ({
  endBookingsAt: jest.fn(async () => ({ followUps: ['shortDialogueBiweekly'], reminders: ['self-1'] })),
}));

const CPH = 'Romance Standard Time';
const bookings: Bookings = {
  followUps: [
    {
      id: 'shortDialogueBiweekly',
      cadence: 'biweekly',
      transactionId: 'a',
      seriesMasterId: 'S1',
      start: '2027-01-05T09:00:00',
      durationMinutes: 15,
      timeZone: CPH,
      endDate: '2027-12-31',
    },
  ],
  reminders: [
    {
      agreementId: 'self-1',
      kind: 'todo',
      cadence: 'weekly',
      taskListId: 'L',
      taskId: 'T',
      text: 'Fri i weekenden',
      firstDate: '2027-01-08',
      time: '15:00',
      endDate: '2027-12-31',
    },
    // Booked before end dates were recorded: not known to run past, never touched.
    { agreementId: 'self-2', kind: 'todo', cadence: 'daily', taskListId: 'L', taskId: 'T2', text: 'Pause', firstDate: '2027-01-08', time: '15:00' },
  ],
};

function contractEnding(end: string): Contract {
  const c = filledDraft().contract;
  return { ...c, period: { ...c.period, end }, bookings };
}

describe('ending the follow-ups with a shortened period', () => {
  it('finds what runs past the last day, and the record ends it there', () => {
    expect(bookingsPastEnd(bookings, '2027-03-31')).toEqual({ followUps: [bookings.followUps[0]], reminders: [bookings.reminders[0]] });
    expect(bookingsPastEnd(bookings, '2027-12-31')).toEqual({ followUps: [], reminders: [] });
    const after = withBookingsEnded(bookings, '2027-03-31', { followUps: ['shortDialogueBiweekly'], reminders: ['self-1'] });
    expect(after.followUps[0]?.endDate).toBe('2027-03-31');
    expect(after.reminders.map((r) => r.endDate)).toEqual(['2027-03-31', undefined]);
  });

  it('says nothing while everything ends with the period', () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <EndBookingsNotice locale="da" contract={contractEnding('2027-12-31')} graph={{} as GraphClient} timeZone={CPH} onEnded={jest.fn()} />
      </FluentProvider>,
    );
    expect(screen.queryByTestId('bookings-past-end')).toBeNull();
  });

  it('asks first: „Nej, behold dem" changes nothing; „Ja, afslut dem" ends them and updates the record', async () => {
    const user = userEvent.setup();
    const onEnded = jest.fn();
    render(
      <FluentProvider theme={webLightTheme}>
        <EndBookingsNotice locale="da" contract={contractEnding('2027-03-31')} graph={{} as GraphClient} timeZone={CPH} onEnded={onEnded} />
      </FluentProvider>,
    );
    expect(screen.getByTestId('bookings-past-end').textContent).toContain('31. marts 2027, men 1 mødeserie og 1 påmindelse fortsætter efter den dato');
    await user.click(screen.getByRole('button', { name: 'Afslut dem med perioden' }));
    // Fluent's dialog is mid-animation in jsdom (visibility), hence `hidden: true` inside it.
    await user.click(await screen.findByRole('button', { name: 'Nej, behold dem', hidden: true }));
    expect(endBookingsAt).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Afslut dem med perioden' }));
    expect((await screen.findByRole('dialog', { hidden: true })).textContent).toContain('Opfølgningsmøderne slutter 31. marts 2027');
    await user.click(screen.getByRole('button', { name: 'Ja, afslut dem', hidden: true }));
    await waitFor(() => expect(onEnded).toHaveBeenCalledWith('2027-03-31', { followUps: ['shortDialogueBiweekly'], reminders: ['self-1'] }));
    expect(endBookingsAt).toHaveBeenCalledTimes(1);
    expect(await screen.findByTestId('bookings-ended')).toHaveTextContent('slutter nu 31. marts 2027');
  }, 30_000);
});
