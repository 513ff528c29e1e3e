/**
 * Needs a DOM: DOMParser reads the agenda's HTML back.
 *
 * @jest-environment jsdom
 */
import { getContent } from '../../../src/content';
import {
  AGENDA_TEXT_MAX,
  buildDialogueAgendaHtml,
  buildDialogueAgendaText,
  buildFollowUpAgendaHtml,
  buildFollowUpAgendaText,
  clipText,
  dialogueSubject,
} from '../../../src/domain/agenda';
import { addAgreement, setPoints, toggleQuestionForLeader, updateAgreements } from '../../../src/domain/draftEdits';
import type { Draft } from '../../../src/domain/model';
import { NOW, filledDraft } from './fixtures';

const da = getContent('da');
const en = getContent('en');
const LINK = 'https://contoso-my.sharepoint.com/personal/leder/Lederdialog/lederaftale.json?web=1&a=b';

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)> & "quotes"';

function hostileDraft(): Draft {
  let d = filledDraft();
  d = setPoints(d, [HOSTILE, 'Tillid & ro'], NOW);
  d = updateAgreements(d, 'leaderAgreements', (l) => addAgreement(l, { text: HOSTILE, followUp: '</li><script>x</script>' }, NOW), NOW);
  return d;
}

describe('buildDialogueAgendaHtml', () => {
  it('holds the purpose, the points, the questions for the nearest leader and the link, in Danish', () => {
    let d = setPoints(filledDraft(), ['Prioritering', 'Gensidig tillid', ''], NOW);
    d = toggleQuestionForLeader(d, 'nearestLeader-2', NOW);
    const doc = parse(buildDialogueAgendaHtml(d.contract, da, { contractLink: LINK }));
    const text = doc.body.textContent ?? '';
    expect(text).toContain(da.purpose.text);
    expect(text).toContain('Jeg vil gerne bede dig forberede dig på en dialog om mine mål, mit ledelsesrum og min egen trivsel som leder.');
    expect(Array.from(doc.querySelectorAll('ol > li'), (li) => li.textContent)).toEqual(['Prioritering', 'Gensidig tillid']);
    const questions = Array.from(doc.querySelectorAll('ul > li'), (li) => li.textContent);
    expect(questions).toEqual([da.guide.themes[0]!.questions[0]!.text, da.guide.themes[2]!.questions[1]!.text]);
    const link = doc.querySelector('a');
    expect(link?.getAttribute('href')).toBe(LINK);
    expect(link?.textContent).toBe('Se min lederaftale');
  });

  it('is in English for English content, and names the tool', () => {
    const html = buildDialogueAgendaHtml(filledDraft().contract, en, { contractLink: LINK });
    expect(html).toContain('Please prepare for a dialogue about my goals');
    expect(html).toContain('See my leader agreement');
    expect(parse(html).body.textContent).toContain(en.toolTitle);
    expect(dialogueSubject(en)).toBe(en.toolTitle);
  });

  it('escapes every piece of user text: no element or attribute comes from the leader', () => {
    const html = buildDialogueAgendaHtml(hostileDraft().contract, da, { contractLink: LINK });
    const doc = parse(html);
    expect(doc.querySelectorAll('script, img, [onerror]')).toHaveLength(0);
    expect(html).not.toContain('<script>');
    expect(doc.querySelector('ol > li')?.textContent).toBe(HOSTILE);
    expect(doc.querySelectorAll('ol > li')[1]?.textContent).toBe('Tillid & ro');
  });

  it('drops links that are not web links', () => {
    for (const bad of ['javascript:alert(1)', 'data:text/html,<b>x</b>', '/relative', 'not a url', '']) {
      const doc = parse(buildDialogueAgendaHtml(filledDraft().contract, da, { contractLink: bad }));
      expect(doc.querySelector('a')).toBeNull();
    }
    const quoted = parse(buildDialogueAgendaHtml(filledDraft().contract, da, { contractLink: 'https://example.com/a"onmouseover="x' }));
    expect(quoted.querySelector('a')?.getAttributeNames()).toEqual(['href']);
  });

  it('clips 100 000 characters to a bounded body', () => {
    const huge = 'æ'.repeat(100_000);
    const d = setPoints(filledDraft(), [huge], NOW);
    const html = buildDialogueAgendaHtml(d.contract, da);
    expect(html.length).toBeLessThan(5000);
    expect(parse(html).querySelector('ol > li')?.textContent).toBe(`${'æ'.repeat(AGENDA_TEXT_MAX)}…`);
  });

  it('says the leader brings the points when there are none, and leaves out the question list when none are chosen', () => {
    let d = setPoints(filledDraft(), [], NOW);
    d = toggleQuestionForLeader(d, 'goals-1', NOW); // un-chooses the fixture's one question
    const doc = parse(buildDialogueAgendaHtml(d.contract, da));
    expect(doc.body.textContent).toContain('Jeg tager mine punkter med til mødet.');
    expect(doc.querySelectorAll('ul, ol')).toHaveLength(0);
    expect(doc.body.textContent).not.toContain('Spørgsmål, jeg selv forbereder mig på');
  });
});

describe('buildDialogueAgendaText', () => {
  it('is the same agenda as plain text', () => {
    const text = buildDialogueAgendaText(filledDraft().contract, da, { contractLink: LINK });
    expect(text.split('\n')).toEqual(
      expect.arrayContaining([
        'Mine punkter til dialogen',
        '1. Prioritering',
        '2. Gensidig tillid',
        `- ${da.guide.themes[0]!.questions[0]!.text}`,
        `Se min lederaftale: ${LINK}`,
      ]),
    );
    expect(text).not.toMatch(/<[a-z]/);
  });

  it('keeps user text as typed (no entities)', () => {
    expect(buildDialogueAgendaText(hostileDraft().contract, da)).toContain(`1. ${HOSTILE}`);
  });
});

describe('buildFollowUpAgendaHtml', () => {
  it('checks how the agreements with the nearest leader are going', () => {
    const d = filledDraft();
    const doc = parse(buildFollowUpAgendaHtml(d.contract, da, { contractLink: LINK }));
    expect(doc.querySelector('h2')?.textContent).toBe('Opfølgning på vores aftaler');
    expect(doc.body.textContent).toContain('Vi følger op på, hvordan det går med de aftaler, vi har lavet sammen');
    const items = Array.from(doc.querySelectorAll('ul > li'));
    expect(items).toHaveLength(1);
    expect(items[0]!.textContent).toBe('Vi drøfter og prioriterer de vigtigste sager på vores ugentlige mødeOpfølgning: De sidste 5 minutter · ugentligt');
    // Agreements with oneself are the leader's own business, not the follow-up meeting's.
    expect(doc.body.textContent).not.toContain('Jeg lægger pauser ind');
    expect(doc.querySelector('a')?.getAttribute('href')).toBe(LINK);
  });

  it('escapes agreement text and follow-up', () => {
    const doc = parse(buildFollowUpAgendaHtml(hostileDraft().contract, en));
    expect(doc.querySelectorAll('script, img')).toHaveLength(0);
    expect(doc.querySelectorAll('ul > li')).toHaveLength(2);
    expect(doc.querySelectorAll('ul > li')[1]?.textContent).toBe(`${HOSTILE}Follow-up: </li><script>x</script>`);
  });

  it('invites making agreements when there are none', () => {
    const d = updateAgreements(filledDraft(), 'leaderAgreements', () => [], NOW);
    expect(buildFollowUpAgendaText(d.contract, en)).toContain('We have no joint agreements yet');
  });
});

describe('clipText', () => {
  it('does not split an emoji', () => {
    const clipped = clipText(`ab${'😀'.repeat(5)}`, 5);
    expect(clipped).toBe('ab😀…');
    expect(clipText('  kort  ', 10)).toBe('kort');
  });
});
