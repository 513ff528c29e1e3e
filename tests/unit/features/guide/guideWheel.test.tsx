import { screen, within } from '@testing-library/react';
import { GuideWheel } from '../../../../src/features/guide/GuideWheel';
import { da, en } from '../../../../src/content';
import { renderWithApp } from '../support/renderWithApp';

describe('the interview guide wheel', () => {
  it('is a figure of its own: the centre text and each theme with its lead question, read as text', () => {
    renderWithApp(<GuideWheel />);
    const figure = screen.getByRole('figure', { name: 'Interviewguide' });
    expect(figure).toHaveTextContent('I midten: Styrk dit psykiske arbejdsmiljø som leder');
    const themes = within(figure).getAllByRole('listitem');
    expect(themes.map((li) => li.getAttribute('data-wheel-theme'))).toEqual(['goals', 'workEnvironment', 'nearestLeader']);
    da.guide.themes.forEach((theme, i) => {
      expect(themes[i]).toHaveTextContent(theme.title);
      expect(themes[i]).toHaveTextContent(theme.figureQuestion);
    });
    // Theme 1's question ends, as in the seed, with „Tænk hele vejen rundt om din ledelsesopgave.“
    expect(themes[0]).toHaveTextContent(`${da.guide.themes[0]!.figureQuestion} ${da.guide.figureHint}`);
    // The drawing repeats the text as a picture only.
    expect(figure.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
  });

  it('speaks English in English', () => {
    renderWithApp(<GuideWheel />, { locale: 'en' });
    const figure = screen.getByRole('figure', { name: en.guide.heading });
    expect(figure).toHaveTextContent(en.guide.figureCentre);
    expect(figure).toHaveTextContent(en.guide.themes[2]!.figureQuestion);
  });
});
