/**
 * When the period has been shortened (or ended) after booking, the follow-up series and reminders
 * still run to the old end. This notice says so and, asked first in a confirm dialog, ends them on
 * the period's last day (src/features/followUp/endBookings.ts). The record is changed through
 * `onEnded`, i.e. the view's own contract edit, so the shared save writes it as any other change.
 */
import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useState } from 'react';
import type { Locale } from '../../content/types';
import type { Contract } from '../../domain/model';
import { bookingsPastEnd, isEmptyPastEnd } from '../../domain/periodEnd';
import type { GraphClient } from '../../graph/client';
import { isGraphAppError } from '../../graph/errors';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { graphErrorText } from '../../ui/graphErrorWords';
import { endBookingsAt, type EndedBookings } from './endBookings';
import { endBookingsStrings } from './endBookingsStrings';
import { fullDate } from './StatusChart';

export interface EndBookingsNoticeProps {
  locale: Locale;
  contract: Contract;
  graph: GraphClient | undefined;
  timeZone: string;
  onEnded(lastDay: string, ended: EndedBookings): void;
}

export function EndBookingsNotice({ locale, contract, graph, timeZone, onEnded }: EndBookingsNoticeProps) {
  const t = endBookingsStrings[locale];
  const [asking, setAsking] = useState(false);
  const [state, setState] = useState<{ status: 'idle' | 'ending' | 'done' } | { status: 'failed'; message: string }>({ status: 'idle' });
  const lastDay = contract.period.end;
  const date = fullDate(lastDay, locale);
  const past = bookingsPastEnd(contract.bookings, lastDay);
  if (state.status === 'done')
    return (
      <MessageBar intent="success" data-testid="bookings-ended" layout="multiline">
        <MessageBarBody>{t.ended(date)}</MessageBarBody>
      </MessageBar>
    );
  if (isEmptyPastEnd(past) || !contract.bookings) return null;

  const end = async () => {
    setAsking(false);
    if (!graph || !contract.bookings) return;
    setState({ status: 'ending' });
    try {
      const ended = await endBookingsAt(graph, contract.bookings, lastDay, timeZone);
      onEnded(lastDay, ended);
      setState({ status: 'done' });
    } catch (e) {
      setState({ status: 'failed', message: isGraphAppError(e) ? graphErrorText(e.kind, locale) : String(e) });
    }
  };

  return (
    <MessageBar intent="warning" data-testid="bookings-past-end" layout="multiline">
      <MessageBarBody>
        <p>{t.notice(date, past.followUps.length, past.reminders.length)}</p>
        {state.status === 'failed' ? <p role="alert">{t.failed(state.message)}</p> : null}
        {state.status === 'ending' ? (
          <p role="status">{t.ending}</p>
        ) : (
          <Button disabled={!graph} onClick={() => setAsking(true)}>
            {t.endButton}
          </Button>
        )}
        <ConfirmDialog
          open={asking}
          onOpenChange={setAsking}
          title={t.confirmTitle}
          body={t.confirmBody(date)}
          confirmLabel={t.confirm}
          onConfirm={() => void end()}
          cancelLabel={t.cancel}
        />
      </MessageBarBody>
    </MessageBar>
  );
}
