/**
 * The nearest leader: the directory's answer with name and mail, the orgContact explanation, and
 * the people picker that searches as you type (debounced: one search for a word typed quickly).
 */
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { NearestLeaderSection } from '../../../../src/features/invite/NearestLeaderSection';
import { PeoplePicker, SEARCH_DEBOUNCE_MS } from '../../../../src/features/invite/PeoplePicker';
import type { GraphClient } from '../../../../src/graph/client';
import { searchPeople } from '../../../../src/graph/people';

jest.mock('../../../../src/graph/people', () => ({ searchPeople: jest.fn() }));
const search = searchPeople as jest.MockedFunction<typeof searchPeople>;
const graph = {} as GraphClient;

const LARS = { id: 'u-lars', displayName: 'Lars Nielsen', mail: 'lars.nielsen@demokommune.example', kind: 'user' as const };
const KAREN = { displayName: 'Karen Jensen', mail: 'karen.jensen@konsulenthuset.example', kind: 'orgContact' as const };

function renderFluent(ui: ReactElement) {
  return render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);
}

beforeEach(() => {
  search.mockReset();
  jest.useFakeTimers();
});
afterEach(() => jest.useRealTimers());

describe('PeoplePicker', () => {
  it('searches once the typing pauses, lists the people, and picks one with the keyboard', async () => {
    search.mockResolvedValue([LARS, { ...LARS, id: 'u-lasse', displayName: 'Lasse Holm', mail: 'lasse.holm@demokommune.example' }]);
    const onPick = jest.fn();
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    renderFluent(<PeoplePicker graph={graph} locale="da" onPick={onPick} />);

    const box = screen.getByRole('combobox', { name: 'Søg efter din nærmeste leder' });
    await user.type(box, 'Las');
    expect(search).not.toHaveBeenCalled(); // still typing
    await act(async () => {
      jest.advanceTimersByTime(SEARCH_DEBOUNCE_MS);
    });
    expect(search).toHaveBeenCalledTimes(1);
    expect(search).toHaveBeenCalledWith(graph, 'Las');
    const option = await screen.findByRole('option', { name: 'Lars Nielsen – lars.nielsen@demokommune.example' });
    expect(screen.getAllByRole('option')).toHaveLength(2);

    await user.click(option);
    expect(onPick).toHaveBeenCalledWith(LARS);
  });

  it('says so when nobody is found, in the live region', async () => {
    search.mockResolvedValue([]);
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    renderFluent(<PeoplePicker graph={graph} locale="da" onPick={jest.fn()} />);
    await user.type(screen.getByRole('combobox'), 'Zz');
    await act(async () => {
      jest.advanceTimersByTime(SEARCH_DEBOUNCE_MS);
    });
    expect(await screen.findByText('Ingen personer fundet. Prøv et andet navn.')).toHaveAttribute('aria-live', 'polite');
  });
});

describe('NearestLeaderSection', () => {
  it('shows the directory’s nearest leader with name and mail, and offers someone else', () => {
    renderFluent(
      <NearestLeaderSection
        graph={graph}
        locale="da"
        directory={{ status: 'done', leader: { kind: 'user', person: LARS } }}
        chosen={LARS}
        onChoose={jest.fn()}
        errors={[]}
      />,
    );
    expect(screen.getByText('Lars Nielsen')).toBeInTheDocument();
    expect(screen.getByText('lars.nielsen@demokommune.example')).toBeInTheDocument();
    expect(screen.getByText('Fra organisationens katalog')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Vælg en anden' })).toBeInTheDocument();
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
  });

  it('explains that an orgContact gets the meeting and the file but no Teams chat', () => {
    renderFluent(
      <NearestLeaderSection
        graph={graph}
        locale="da"
        directory={{ status: 'done', leader: { kind: 'orgContact', person: KAREN } }}
        chosen={KAREN}
        onChoose={jest.fn()}
        errors={[]}
      />,
    );
    expect(screen.getByText('Karen Jensen er en ekstern kontakt. Din leder kan få mødet og filen, men ikke en Teams-chat.')).toBeInTheDocument();
  });

  it('opens the picker at once when the directory has no nearest leader, with the booking’s issue under it', () => {
    renderFluent(
      <NearestLeaderSection
        graph={graph}
        locale="en"
        directory={{ status: 'done', leader: { kind: 'none' } }}
        chosen={undefined}
        onChoose={jest.fn()}
        errors={['Choose your manager.']}
      />,
    );
    expect(screen.getByText(/No manager is registered for you/)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Search for your manager' })).toBeInTheDocument();
    expect(screen.getByText('Choose your manager.')).toBeInTheDocument();
  });
});
