import { addAgreement, setContractField, setPeriod, setPoints, updateAgreements } from '../../../src/domain/draftEdits';
import { TEXT_LIMITS, isReadyToShare, validateContractForSharing, type SharingIssue } from '../../../src/domain/contractValidation';
import type { Contract } from '../../../src/domain/model';
import { NOW, filledDraft } from './fixtures';

const codes = (issues: SharingIssue[]) => issues.map((i) => `${i.severity}:${i.code}:${i.field}`);

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
    expect(issues[0]!.message).toEqual({ da: 'Udfyld „Mål for din ledelsesopgave“.', en: 'Fill in “Goals for your leadership role”.' });
    expect(isReadyToShare(issues)).toBe(false);
  });

  it('flags agreements without text by path and id', () => {
    let d = filledDraft();
    d = updateAgreements(d, 'selfAgreements', (l) => addAgreement(addAgreement(l, { text: 'ok' }, NOW), { followUp: 'hver uge' }, NOW), NOW);
    const issues = validateContractForSharing(d.contract, NOW);
    expect(codes(issues)).toEqual(['error:agreementWithoutText:selfAgreements[2].text']);
    expect(issues[0]!.agreementId).toBe(d.contract.selfAgreements[2]!.id);
    expect(issues[0]!.message.da).toBe('Aftale med dig selv nr. 3 har ingen tekst. Skriv aftalen, eller fjern den.');
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
    expect(codes(validateContractForSharing(setPoints(d, ['a', 'b', 'c', 'd'], NOW).contract, NOW))).toContain('warning:manyPoints:preparation.points');
  });

  describe('the period', () => {
    const withPeriod = (start: string, end: string): Contract => setPeriod(filledDraft(), { start, end }, NOW).contract;

    it('must end in the future (today is fine)', () => {
      expect(codes(validateContractForSharing(withPeriod('2026-01-01', '2026-11-25'), NOW))).toEqual(['error:endInPast:period.end']);
      expect(validateContractForSharing(withPeriod('2026-05-26', '2026-11-26'), NOW)).toEqual([]);
    });

    it('must end after it starts', () => {
      expect(codes(validateContractForSharing(withPeriod('2027-06-01', '2027-05-01'), NOW))).toEqual(['error:endBeforeStart:period.end']);
      expect(codes(validateContractForSharing(withPeriod('2027-06-01', '2027-06-01'), NOW))).toEqual(['error:endBeforeStart:period.end']);
    });

    it('warns outside 6–12 months', () => {
      expect(codes(validateContractForSharing(withPeriod('2026-11-26', '2027-11-27'), NOW))).toEqual(['warning:periodTooLong:period.end']);
      expect(codes(validateContractForSharing(withPeriod('2026-11-26', '2027-05-25'), NOW))).toEqual(['warning:periodTooShort:period.end']);
      expect(validateContractForSharing(withPeriod('2026-11-26', '2027-05-26'), NOW)).toEqual([]);
      expect(validateContractForSharing(withPeriod('2026-11-26', '2027-11-26'), NOW)).toEqual([]);
    });

    it('reports invalid dates', () => {
      expect(codes(validateContractForSharing(withPeriod('', '2027-02-30'), NOW))).toEqual(['error:invalidDate:period.start', 'error:invalidDate:period.end']);
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
    expect(issues[0]!.message).toEqual({
      da: 'Dit psykiske arbejdsmiljø: teksten er 100.000 tegn lang. Der er plads til 4.000 tegn – forkort den.',
      en: 'Your psychosocial work environment: the text is 100,000 characters long. There is room for 4,000 characters – please shorten it.',
    });
    for (const issue of issues) {
      expect(issue.message.da).not.toContain('<script>');
      expect(issue.message.en.length).toBeLessThan(200);
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
