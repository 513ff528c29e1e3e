/**
 * The one Microsoft 365 session: created lazily on first use, shared by every component, failing
 * visibly (no retry loop), and started over as the new person after the demo user switch.
 */
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { __resetMicrosoft365ForTests, ensureMicrosoft365, useMicrosoft365 } from '../../../../src/ui/m365';
import { getMe } from '../../../../src/graph/me';
import { chooseTokenProvider } from '../../../../src/auth/chooseProvider';
import { GraphAppError } from '../../../../src/graph/errors';

jest.mock('../../../../src/auth/chooseProvider', () => ({ chooseTokenProvider: jest.fn(async () => ({ kind: 'demo', getAccessToken: async () => 't' })) }));
jest.mock('../../../../src/host/detectHost', () => ({ detectHost: jest.fn(async () => ({ kind: 'browser' })) }));
jest.mock('../../../../src/graph/me', () => ({ getMe: jest.fn() }));
jest.mock('../../../../src/graph/client', () => ({ createGraphClient: jest.fn(() => ({})) }));
const me = getMe as jest.MockedFunction<typeof getMe>;

function Who({ label }: { label: string }) {
  const m = useMicrosoft365();
  return (
    <>
      <p data-testid={label}>{m.status === 'ready' ? `${m.status}:${m.me?.displayName}` : m.status === 'error' ? `error:${m.error?.da}` : m.status}</p>
      <button onClick={m.retry}>retry {label}</button>
    </>
  );
}

const person = (name: string) => ({ id: name, displayName: name, userPrincipalName: name, kind: 'user' as const });

beforeEach(() => {
  localStorage.clear();
  me.mockReset();
  (chooseTokenProvider as jest.Mock).mockClear();
  __resetMicrosoft365ForTests();
});

it('connects once for all components and gives the signed-in person', async () => {
  me.mockResolvedValue(person('Mette Hansen'));
  render(
    <>
      <Who label="a" />
      <Who label="b" />
    </>,
  );
  expect(await screen.findByText('ready:Mette Hansen', { selector: '[data-testid="a"]' })).toBeInTheDocument();
  expect(screen.getByTestId('b')).toHaveTextContent('ready:Mette Hansen');
  expect(chooseTokenProvider).toHaveBeenCalledTimes(1);
});

it('stays failed with a message until retried, instead of retrying in a loop', async () => {
  const user = userEvent.setup();
  me.mockRejectedValue(new Error('boom'));
  render(<Who label="a" />);
  expect(await screen.findByText(/^error:Appen kunne ikke forbinde/)).toBeInTheDocument();
  // No loop: a new component reading the failed connection (a re-render, another reader) gets the
  // same failure without a new attempt; only retry() (the "Prøv igen" button) tries again.
  render(<Who label="b" />);
  expect(screen.getByTestId('b')).toHaveTextContent(/^error:Appen kunne ikke forbinde/);
  expect(me).toHaveBeenCalledTimes(1);
  expect(chooseTokenProvider).toHaveBeenCalledTimes(1);
  await act(async () => ensureMicrosoft365());
  expect(me).toHaveBeenCalledTimes(1);
  me.mockResolvedValueOnce(person('Mette Hansen'));
  await user.click(screen.getByRole('button', { name: 'retry a' }));
  expect(await screen.findByText('ready:Mette Hansen', { selector: '[data-testid="a"]' })).toBeInTheDocument();
  expect(me).toHaveBeenCalledTimes(2);
});

it('says a Graph failure in the words for its kind (src/graph answers with the kind only)', async () => {
  me.mockRejectedValue(new GraphAppError('noMailbox', { status: 404, code: 'MailboxNotEnabledForRESTAPI' }));
  render(<Who label="a" />);
  expect(await screen.findByText('error:Din konto har ikke en Outlook-postkasse, så kalender og mødeforslag kan ikke bruges.')).toBeInTheDocument();
});

it('acts as the new person after the demo user switch', async () => {
  localStorage.setItem('lederdialog.demoUser', 'mette.hansen@demokommune.example');
  me.mockResolvedValueOnce(person('Mette Hansen')).mockResolvedValueOnce(person('Lars Nielsen'));
  render(<Who label="a" />);
  await screen.findByText('ready:Mette Hansen');
  localStorage.setItem('lederdialog.demoUser', 'lars.nielsen@demokommune.example');
  await act(async () => ensureMicrosoft365());
  expect(await screen.findByText('ready:Lars Nielsen')).toBeInTheDocument();
  expect(chooseTokenProvider).toHaveBeenCalledTimes(2);
});
