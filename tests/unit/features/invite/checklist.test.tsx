/** The checklist's states in words and icons, and the outcome of a refused request. */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { uiStrings } from '../../../../src/content/uiStringsByLocale';
import { BookingChecklist, waitingChecklist } from '../../../../src/features/invite/BookingChecklist';
import { BookingOutcome } from '../../../../src/features/invite/BookingOutcome';

function renderFluent(ui: ReactElement) {
  return render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);
}

describe('BookingChecklist', () => {
  it('is a polite live list with each part’s status in words', () => {
    const state = {
      ...waitingChecklist(),
      dialogue: { status: 'done' as const },
      followUps: { status: 'running' as const },
      chat: { status: 'failed' as const, errorKind: 'throttled' as const },
      share: { status: 'failed' as const, reason: { kind: 'needsFolder' as const } },
    };
    renderFluent(<BookingChecklist locale="da" state={state} />);
    const list = screen.getByRole('list', { name: 'Fremskridt for Book og del' });
    expect(list).toHaveAttribute('aria-live', 'polite');
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(7);
    expect(items[0]).toHaveTextContent('Dialogen (45 minutter) i jeres kalendere: færdig');
    expect(items[1]).toHaveTextContent('Opfølgningsmøderne: i gang');
    expect(items[2]).toHaveTextContent('Påmindelser om aftalerne med dig selv: venter');
    expect(items[6]).toHaveTextContent('Besked til din nærmeste leder i Teams: fejlede');
    expect(items[6]).toHaveTextContent('Microsoft 365 har travlt lige nu. Vent et øjeblik, og prøv igen – intet er gået tabt.');
    expect(within(list).getByText('Aftalen kunne ikke deles, fordi mappen i OneDrive ikke blev oprettet. Prøv igen.')).toBeInTheDocument();
  });

  it('words the reasons in the language shown now', () => {
    const state = { ...waitingChecklist(), chat: { status: 'skipped' as const, reason: { kind: 'chatSkipped' as const, because: 'noUserId' as const } } };
    renderFluent(<BookingChecklist locale="en" state={state} />);
    expect(screen.getByText('Your manager is not a user in your organisation’s directory, so no Teams message is sent.')).toBeInTheDocument();
  });
});

describe('BookingOutcome', () => {
  it('lists every issue of a refused request, and leads to the step where a contract field is fixed', async () => {
    const onGoTo = jest.fn();
    renderFluent(
      <BookingOutcome
        locale="da"
        appStrings={uiStrings.da}
        retryDisabled={false}
        onRetry={jest.fn()}
        onGoTo={onGoTo}
        outcome={{
          status: 'invalid',
          roundTrips: 0,
          bookings: { followUps: [], reminders: [] },
          issues: [
            {
              field: 'contract.fields.goals',
              code: 'contract',
              issue: { field: 'fields.goals', severity: 'error', code: 'required', subject: { kind: 'field', id: 'goals' } },
            },
            { field: 'slot.start', code: 'timePassed' },
          ],
        }}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Ret dette, før der kan bookes. Intet er booket endnu.');
    expect(alert).toHaveTextContent('Udfyld „Mål for din ledelsesopgave“.');
    expect(alert).toHaveTextContent('Tidspunktet for dialogen er allerede passeret. Vælg et nyt.');
    await userEvent.click(screen.getByRole('button', { name: 'Gå til 2 Lederkontrakt' }));
    expect(onGoTo).toHaveBeenCalledWith('contract');
  });

  it('says what failed in plain words and offers "Prøv igen"', async () => {
    const onRetry = jest.fn();
    renderFluent(
      <BookingOutcome
        locale="da"
        appStrings={uiStrings.da}
        retryDisabled={false}
        onRetry={onRetry}
        onGoTo={jest.fn()}
        outcome={{
          status: 'partial',
          roundTrips: 3,
          bookings: { followUps: [], reminders: [] },
          conflicts: [],
          links: {},
          steps: [
            { step: 'dialogue', status: 'done' },
            { step: 'share', status: 'failed', errorKind: 'throttled' },
          ],
        }}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Deling af mappen med din nærmeste leder: Microsoft 365 har travlt lige nu.');
    await userEvent.click(screen.getByRole('button', { name: 'Prøv igen' }));
    expect(onRetry).toHaveBeenCalled();
  });

  it('links to everything created, and never to a non-http link', () => {
    renderFluent(
      <BookingOutcome
        locale="en"
        appStrings={uiStrings.en}
        retryDisabled={false}
        onRetry={jest.fn()}
        onGoTo={jest.fn()}
        outcome={{
          status: 'complete',
          roundTrips: 3,
          conflicts: [],
          steps: [],
          bookings: { followUps: [], reminders: [], chat: { guardKey: 'g', chatId: '19:abc@unq.gbl.spaces', messageId: 'm1' } },
          links: {
            eventWebLink: 'https://outlook.office.com/calendar/item/1',
            joinUrl: 'https://teams.microsoft.com/l/meetup-join/1',
            docxWebUrl: 'javascript:alert(1)',
            folderWebUrl: 'https://contoso-my.sharepoint.com/f',
          },
        }}
      />,
    );
    const links = screen.getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      'The meeting in Outlook (opens in a new tab)',
      'Join the Teams meeting (opens in a new tab)',
      'The folder in OneDrive (opens in a new tab)',
      'The chat with your manager in Teams (opens in a new tab)',
    ]);
    expect(links[3]).toHaveAttribute('href', 'https://teams.microsoft.com/l/chat/19%3Aabc%40unq.gbl.spaces/0');
  });

  it('says why a step was skipped, and words an unexpected failure by its kind', () => {
    const props = { locale: 'da' as const, appStrings: uiStrings.da, retryDisabled: false, onRetry: jest.fn(), onGoTo: jest.fn() };
    const { unmount } = renderFluent(
      <BookingOutcome
        {...props}
        outcome={{
          status: 'complete',
          roundTrips: 3,
          conflicts: [],
          links: {},
          bookings: { followUps: [], reminders: [] },
          steps: [{ step: 'chat', status: 'skipped', reason: { kind: 'chatSkipped', because: 'orgContact' } }],
          meetingTab: { status: 'alreadyPinned', roundTrips: 2 },
        }}
      />,
    );
    expect(screen.getByTestId('booking-complete')).toHaveTextContent('Din nærmeste leder er en ekstern kontakt og kan ikke få en Teams-chat.');
    expect(screen.getByTestId('meeting-tab-outcome')).toHaveTextContent('Lederdialog er sat fast i mødet: I finder aftalen i mødets sidepanel.');
    unmount();
    renderFluent(<BookingOutcome {...props} outcome={{ status: 'error', errorKind: 'offline' }} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Der er ingen forbindelse til Microsoft 365.');
  });
});
