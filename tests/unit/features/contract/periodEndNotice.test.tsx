/**
 * Step 2: shortening the period below what was booked shows the notice that ends the follow-ups and
 * reminders with it (asked first; the Graph part is tested in tests/integration/followUp/endBookings.test.ts).
 * Until the end date moves before a booking, step 2 shows nothing of it and does not connect.
 */
import { fireEvent, screen } from '@testing-library/react';
import type { Bookings } from '../../../../src/domain/model';
import { setBookings, setPeriod } from '../../../../src/domain/draftEdits';
import { ContractPeriod } from '../../../../src/features/contract/ContractPeriod';
import { emptyDraft, renderWithApp } from '../support/renderWithApp';

jest.mock('../../../../src/ui/m365', () => ({ useMicrosoft365: () => ({ status: 'idle', retry: () => undefined }) }));

const bookings: Bookings = {
  followUps: [
    {
      id: 'shortDialogueBiweekly',
      cadence: 'biweekly',
      transactionId: 'a',
      seriesMasterId: 'S1',
      start: '2027-01-05T09:00:00',
      durationMinutes: 15,
      timeZone: 'Romance Standard Time',
      endDate: '2027-11-30',
    },
  ],
  reminders: [],
};

function bookedDraft() {
  return setBookings(setPeriod(emptyDraft(), { start: '2026-12-01', end: '2027-11-30' }), bookings);
}

it('says nothing while the bookings end with the period', () => {
  renderWithApp(<ContractPeriod />, { draft: bookedDraft() });
  expect(screen.queryByTestId('bookings-past-end')).toBeNull();
});

it('names the series that now runs past a shortened period, with the button that asks first', () => {
  renderWithApp(<ContractPeriod />, { draft: bookedDraft() });
  fireEvent.change(screen.getByLabelText('Til'), { target: { value: '2027-06-30' } });
  const notice = screen.getByTestId('bookings-past-end');
  expect(notice.textContent).toMatch(/1 mødeserie fortsætter efter den dato/);
  expect(screen.getByRole('button', { name: 'Afslut dem med perioden' })).toBeInTheDocument();
});
