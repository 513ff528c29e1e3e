/**
 * Step 2's side of a shortened period: when the leader moves the end date before what was booked
 * (follow-up series, reminders), the same notice as in the follow-up view asks first and ends them
 * on the new last day. Mounted only when something runs past the end, so opening step 2 never
 * connects to Microsoft 365 on its own.
 */
import type { Contract } from '../../domain/model';
import { setBookings } from '../../domain/draftEdits';
import { withBookingsEnded } from '../../domain/periodEnd';
import { useApp } from '../../ui/AppContext';
import { useMicrosoft365 } from '../../ui/m365';
import { EndBookingsNotice } from '../followUp/EndBookingsNotice';

export function PeriodEndNotice({ contract }: { contract: Contract }) {
  const { update, locale } = useApp();
  const m365 = useMicrosoft365();
  return (
    <EndBookingsNotice
      locale={locale}
      contract={contract}
      graph={m365.status === 'ready' ? m365.graph : undefined}
      timeZone={Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'}
      onEnded={(lastDay, ended) => update((d) => (d.contract.bookings ? setBookings(d, withBookingsEnded(d.contract.bookings, lastDay, ended)) : d))}
    />
  );
}
