import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FigureSection } from '../../../../src/features/guide/FigureSection';
import { nextDirection, placeDirections, wrapLabel } from '../../../../src/features/guide/figureLayout';
import { setFigureNote } from '../../../../src/domain/draftEdits';
import { emptyDraft, renderWithApp } from '../support/renderWithApp';

const direction = (name: RegExp) => {
  const drawing = screen.getByRole('group', { name: /^Figur:/ });
  return within(drawing).getByRole('button', { name });
};

describe('the "hele vejen rundt" figure', () => {
  it('draws six focusable directions around the centre, each saying whether it has a note', () => {
    renderWithApp(<FigureSection />, { draft: setFigureNote(emptyDraft(), 'intoTeam', 'Ugentligt teammøde') });
    const drawing = screen.getByRole('group', { name: /hele vejen rundt om din ledelsesopgave/ });
    // The leader is in the centre; the interview guide's wheel text belongs to its own figure.
    expect(drawing).toHaveTextContent('Dig som leder');
    expect(drawing).not.toHaveTextContent('Styrk dit psykiske arbejdsmiljø');
    const buttons = within(drawing).getAllByRole('button');
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Op mod egen leder, ingen note endnu',
      'Som en del af ledelsen, ingen note endnu',
      'På tværs, ingen note endnu',
      'Ud mod borgerne/kunderne, ingen note endnu',
      'Ind i teamet, har en note',
      'Ind mod én selv, ingen note endnu',
    ]);
    for (const b of buttons) {
      expect(b).toHaveAttribute('tabindex', '0');
      expect(b).toHaveAttribute('aria-expanded', 'false');
    }
    expect(direction(/^Ind i teamet/)).toHaveAttribute('data-has-note', 'true');
  });

  it('moves between directions with the arrow keys, wrapping round, and Home/End', () => {
    renderWithApp(<FigureSection />);
    const up = direction(/^Op mod egen leder/);
    act(() => up.focus());
    fireEvent.keyDown(up, { key: 'ArrowRight' });
    expect(direction(/^Som en del af ledelsen/)).toHaveFocus();
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowDown' });
    expect(direction(/^På tværs/)).toHaveFocus();
    fireEvent.keyDown(document.activeElement as Element, { key: 'Home' });
    expect(up).toHaveFocus();
    fireEvent.keyDown(up, { key: 'ArrowLeft' });
    expect(direction(/^Ind mod én selv/)).toHaveFocus();
    fireEvent.keyDown(document.activeElement as Element, { key: 'End' });
    expect(direction(/^Ind mod én selv/)).toHaveFocus();
  });

  it('opens a note with Enter, saves what is typed, marks the direction, and returns focus on Escape', async () => {
    const user = userEvent.setup();
    const app = renderWithApp(<FigureSection />);
    const across = direction(/^På tværs/);
    act(() => across.focus());
    await user.keyboard('{Enter}');
    const note = screen.getByRole('textbox', { name: 'Note: På tværs' });
    expect(note).toHaveFocus();
    expect(across).toHaveAttribute('aria-expanded', 'true');
    const panel = document.getElementById(across.getAttribute('aria-controls') ?? '');
    expect(panel).toContainElement(note);

    await user.type(note, 'Samarbejde med HR');
    expect(app.draft().notes.figure.across).toBe('Samarbejde med HR');
    expect(direction(/^På tværs/)).toHaveAttribute('aria-label', 'På tværs, har en note');

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('textbox', { name: 'Note: På tværs' })).toBeNull();
    expect(direction(/^På tværs/)).toHaveFocus();
    expect(direction(/^På tværs/)).toHaveAttribute('aria-expanded', 'false');
  });

  it('offers the same directions as a text list, with their notes', async () => {
    const user = userEvent.setup();
    const app = renderWithApp(<FigureSection />, { draft: setFigureNote(emptyDraft(), 'upToOwnLeader', 'Klare forventninger') });
    const list = screen.getByRole('heading', { name: 'Retningerne som liste' }).nextElementSibling as HTMLElement;
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(6);
    expect(items[0]).toHaveTextContent('Op mod egen leder – har en note');
    expect(items[0]).toHaveTextContent('Klare forventninger');
    expect(items[1]).toHaveTextContent('Som en del af ledelsen – ingen note endnu');

    await user.click(within(list).getByRole('button', { name: 'Skriv note: Ud mod borgerne/kunderne' }));
    await user.keyboard('Borgerdialog');
    expect(app.draft().notes.figure.outToCitizens).toBe('Borgerdialog');
  });

  it('lays out the directions clockwise inside the drawing and wraps long labels', () => {
    const placed = placeDirections();
    expect(placed[0]).toMatchObject({ id: 'upToOwnLeader', x: 320 });
    expect(placed.every((p) => p.x > 70 && p.x < 570 && p.y > 30 && p.y < 410)).toBe(true);
    expect(wrapLabel('Ud mod borgerne/kunderne', 16)).toEqual(['Ud mod', 'borgerne/kunderne']);
    expect(nextDirection('inwardSelf', 'ArrowRight')).toBe('upToOwnLeader');
    expect(nextDirection('inwardSelf', 'a')).toBeNull();
  });
});
