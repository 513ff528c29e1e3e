import { addAgreement, setContractField, setPeriod, setPoints, updateAgreements } from '../../../src/domain/draftEdits';
import { TEXT_LIMITS, isReadyToShare, validateContractForSharing, type SharingIssue } from '../../../src/domain/contractValidation';
import type { Contract } from '../../../src/domain/model';
import { sharingIssueText } from '../../../src/ui/sharingIssueWords';
import { NOW, filledDraft } from './fixtures';

const codes = (issues: SharingIssue[]) => issues.map((i) => `${i.severity}:${i.code}:${i.field}`);
/** An issue as the UI words it, in both languages (src/ui/sharingIssueWords.ts). */
const words = (issue: SharingIssue | undefined) => ({ da: sharingIssueText(issue!, 'da'), en: sharingIssueText(issue!, 'en') });

describe('validateContractForSharing', () => {
  it('finds nothing wrong with a filled contract', () => {
    const issues = validateContractForSharing(filledDraft().contract, NOW);
    expect(issues).toEqual([]);
    expect(isReadyToShare(issues)).toBe(true);
  });

  it('requires the three text fields', () => {
    let d = filledDraft();
    d = setContractField(d, 'goals', '', NOW);
    d = setContractField(d, 'alignWithLeader', '   \n ', NOW);
    const issues = validateContractForSharing(d.contract, NOW);
    expect(codes(issues)).toEqual(['error:required:fields.goals', 'error:required:fields.alignWithLeader']);
    expect(issues[0]).toMatchObject({ code: 'required', subject: { kind: 'field', id: 'goals' } });
    expect(words(issues[0])).toEqual({ da: 'Udfyld „Mål for din ledelsesopgave“.', en: 'Fill in “Goals for your leadership role”.' });
    expect(isReadyToShare(issues)).toBe(false);
  });

  it('flags agreements without text by path and id', () => {
    let d = filledDraft();
    d = updateAgreements(d, 'selfAgreements', (l) => addAgreement(addAgreement(l, { text: 'ok' }, NOW), { followUp: 'hver uge' }, NOW), NOW);
    const issues = validateContractForSharing(d.contract, NOW);
    expect(codes(issues)).toEqual(['error:agreementWithoutText:selfAgreements[2].text']);
    expect(issues[0]!.agreementId).toBe(d.contract.selfAgreements[2]!.id);
    expect(issues[0]).toMatchObject({ subject: { kind: 'agreement', list: 'selfAgreements', number: 3 } });
    expect(words(issues[0]).da).toBe('Aftale med dig selv nr. 3 har ingen tekst. Skriv aftalen, eller fjern den.');
  });

  it('warns, without blocking, when there are no agreements or the points are off', () => {
    let d = filledDraft();
    d = updateAgreements(d, 'selfAgreements', () => [], NOW);
    d = updateAgreements(d, 'leaderAgreements', () => [], NOW);
    d = setPoints(d, ['', 'Kun ét punkt'], NOW);
    const issues = validateContractForSharing(d.contract, NOW);
    expect(codes(issues)).toEqual([
      'warning:noSelfAgreements:selfAgreements',
      'warning:noLeaderAgreements:leaderAgreements',
      'warning:fewPoints:preparation.points',
    ]);
    expect(isReadyToShare(issues)).toBe(true);
    expect(issues[2]).toMatchObject({ values: { min: 2, max: 3 } });
    expect(issues.map((issue) => words(issue))).toEqual([
      { da: 'Du har ingen aftaler med dig selv endnu.', en: 'You have no agreements with yourself yet.' },
      {
        da: 'Ingen aftaler med nærmeste leder endnu – dem kan I også lave sammen i dialogen.',
        en: 'No agreements with your manager yet – you can also make them together in the dialogue.',
      },
      { da: 'Vælg 2–3 punkter, du vil tage op i dialogen.', en: 'Choose 2–3 points to raise in the dialogue.' },
    ]);
    const many = validateContractForSharing(setPoints(d, ['a', 'b', 'c', 'd'], NOW).contract, NOW);
    expect(codes(many)).toContain('warning:manyPoints:preparation.points');
    const manyPoints = many.find((i) => i.code === 'manyPoints');
    expect(manyPoints).toMatchObject({ values: { min: 2, max: 3, count: 4 } });
    expect(words(manyPoints)).toEqual({
      da: 'Du har 4 punkter. Værktøjet foreslår 2–3, så der er tid til dem alle.',
      en: 'You have 4 points. The tool suggests 2–3, so there is time for each.',
    });
  });

  describe('the period', () => {
    const withPeriod = (start: string, end: string): Contract => setPeriod(filledDraft(), { start, end }, NOW).contract;

    it('must end in the future (today is fine)', () => {
      const issues = validateContractForSharing(withPeriod('2026-01-01', '2026-11-25'), NOW);
      expect(codes(issues)).toEqual(['error:endInPast:period.end']);
      expect(words(issues[0])).toEqual({ da: 'Periodens slutdato ligger i fortiden.', en: 'The end of the period is in the past.' });
      expect(validateContractForSharing(withPeriod('2026-05-26', '2026-11-26'), NOW)).toEqual([]);
    });

    it('must end after it starts', () => {
      const issues = validateContractForSharing(withPeriod('2027-06-01', '2027-05-01'), NOW);
      expect(codes(issues)).toEqual(['error:endBeforeStart:period.end']);
      expect(words(issues[0])).toEqual({ da: 'Periodens slutdato skal ligge efter startdatoen.', en: 'The end of the period must be after its start.' });
      expect(codes(validateContractForSharing(withPeriod('2027-06-01', '2027-06-01'), NOW))).toEqual(['error:endBeforeStart:period.end']);
    });

    it('warns outside 6–12 months', () => {
      const long = validateContractForSharing(withPeriod('2026-11-26', '2027-11-27'), NOW);
      const short = validateContractForSharing(withPeriod('2026-11-26', '2027-05-25'), NOW);
      expect(codes(long)).toEqual(['warning:periodTooLong:period.end']);
      expect(codes(short)).toEqual(['warning:periodTooShort:period.end']);
      expect(long[0]).toMatchObject({ values: { min: 6, max: 12 } });
      expect(words(long[0])).toEqual({
        da: 'Perioden er længere end 12 måneder. Værktøjet lægger op til 6–12 måneder.',
        en: 'The period is longer than 12 months. The tool suggests 6–12 months.',
      });
      expect(words(short[0])).toEqual({
        da: 'Perioden er kortere end 6 måneder. Værktøjet lægger op til 6–12 måneder.',
        en: 'The period is shorter than 6 months. The tool suggests 6–12 months.',
      });
      expect(validateContractForSharing(withPeriod('2026-11-26', '2027-05-26'), NOW)).toEqual([]);
      expect(validateContractForSharing(withPeriod('2026-11-26', '2027-11-26'), NOW)).toEqual([]);
    });

    it('reports invalid dates', () => {
      const issues = validateContractForSharing(withPeriod('', '2027-02-30'), NOW);
      expect(codes(issues)).toEqual(['error:invalidDate:period.start', 'error:invalidDate:period.end']);
      expect(issues.map((issue) => words(issue))).toEqual([
        { da: 'Vælg en gyldig startdato for perioden.', en: 'Choose a valid start date for the period.' },
        { da: 'Vælg en gyldig slutdato for perioden.', en: 'Choose a valid end date for the period.' },
      ]);
    });
  });

  it('stops text that is too long, with the length in the message and never the text', () => {
    const huge = '<script>alert("x")</script>'.repeat(4000).slice(0, 100_000);
    let d = filledDraft();
    d = setContractField(d, 'workEnvironment', huge, NOW);
    d = updateAgreements(d, 'leaderAgreements', (l) => addAgreement(l, { text: huge, followUp: huge }, NOW), NOW);
    d = setPoints(d, [huge, 'b'], NOW);
    const issues = validateContractForSharing(d.contract, NOW);
    expect(codes(issues)).toEqual([
      'error:tooLong:fields.workEnvironment',
      'error:tooLong:leaderAgreements[1].text',
      'error:tooLong:leaderAgreements[1].followUp',
      'error:tooLong:preparation.points[0]',
    ]);
    expect(issues[0]).toMatchObject({ subject: { kind: 'field', id: 'workEnvironment' }, values: { length: 100_000, limit: 4000 } });
    expect(words(issues[0])).toEqual({
      da: 'Dit psykiske arbejdsmiljø: teksten er 100.000 tegn lang. Der er plads til 4.000 tegn – forkort den.',
      en: 'Your psychosocial work environment: the text is 100,000 characters long. There is room for 4,000 characters – please shorten it.',
    });
    expect(issues.slice(1).map((issue) => words(issue).da)).toEqual([
      'Aftale med nærmeste leder nr. 2: teksten er 100.000 tegn lang. Der er plads til 500 tegn – forkort den.',
      'Opfølgning på aftale med nærmeste leder nr. 2: teksten er 100.000 tegn lang. Der er plads til 500 tegn – forkort den.',
      'Punkt 1: teksten er 100.000 tegn lang. Der er plads til 500 tegn – forkort den.',
    ]);
    expect(words(issues[2]).en).toBe(
      'Follow-up of agreement with your manager no. 2: the text is 100,000 characters long. There is room for 500 characters – please shorten it.',
    );
    for (const issue of issues) {
      expect(JSON.stringify(issue)).not.toContain('<script>');
      expect(words(issue).da).not.toContain('<script>');
      expect(words(issue).en.length).toBeLessThan(200);
    }
  });

  it('accepts text exactly at the limits', () => {
    let d = filledDraft();
    d = setContractField(d, 'goals', 'x'.repeat(TEXT_LIMITS.field), NOW);
    d = updateAgreements(d, 'selfAgreements', (l) => addAgreement(l, { text: 'y'.repeat(TEXT_LIMITS.agreement) }, NOW), NOW);
    expect(validateContractForSharing(d.contract, NOW)).toEqual([]);
  });

  it('does not throw on a malformed contract', () => {
    // Deliberately not a Contract (a JSON file edited by hand): the cast is the point of the test.
    const broken = { fields: {}, period: {}, preparation: {} } as unknown as Contract;
    const issues = validateContractForSharing(broken, NOW);
    expect(codes(issues)).toEqual(expect.arrayContaining(['error:required:fields.goals', 'error:invalidDate:period.start']));
  });
});
