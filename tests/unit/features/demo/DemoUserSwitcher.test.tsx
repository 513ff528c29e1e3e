import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DEMO_USER_STORAGE_KEY } from '../../../../src/auth/demoUsers';
import { DemoUserSwitcher } from '../../../../src/features/demo/DemoUserSwitcher';

const users = [
  { id: 'u1', displayName: 'Mette Hansen', userPrincipalName: 'mette.hansen@lederdialog.example', jobTitle: 'Afdelingsleder', role: 'leader' },
  { id: 'u2', displayName: 'Lars Nielsen', userPrincipalName: 'lars.nielsen@lederdialog.example', jobTitle: 'Områdechef', role: 'nearestLeader' },
];

beforeEach(() => {
  localStorage.clear();
  globalThis.fetch = jest.fn(async () => ({ ok: true, status: 200, json: async () => ({ value: users }) }) as Response);
});

function renderSwitcher(onSwitch = jest.fn()) {
  render(
    <FluentProvider theme={teamsLightTheme}>
      <DemoUserSwitcher locale="da" emulatorUrl="http://127.0.0.1:5999" onSwitch={onSwitch} />
    </FluentProvider>,
  );
  return onSwitch;
}

it('shows a visible Demo marker and the seeded users, the leader first chosen', async () => {
  renderSwitcher();
  expect(screen.getByText('Demo')).toBeVisible();
  const select = screen.getByLabelText('Brug appen som');
  await screen.findByRole('option', { name: 'Lars Nielsen (Områdechef)' });
  expect(select).toHaveValue('mette.hansen@lederdialog.example');
  expect(globalThis.fetch).toHaveBeenCalledWith('http://127.0.0.1:5999/demo/users', expect.anything());
});

it('switches to the nearest leader and remembers the choice', async () => {
  const onSwitch = renderSwitcher();
  await screen.findByRole('option', { name: 'Lars Nielsen (Områdechef)' });
  await userEvent.selectOptions(screen.getByLabelText('Brug appen som'), 'lars.nielsen@lederdialog.example');
  expect(onSwitch).toHaveBeenCalledWith('lars.nielsen@lederdialog.example');
  expect(localStorage.getItem(DEMO_USER_STORAGE_KEY)).toBe('lars.nielsen@lederdialog.example');
});

it('says so when the demo server does not answer', async () => {
  globalThis.fetch = jest.fn(async () => {
    throw new TypeError('Failed to fetch');
  });
  renderSwitcher();
  await screen.findByText('Demoserveren svarer ikke');
});
