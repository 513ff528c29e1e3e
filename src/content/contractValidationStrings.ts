/**
 * The words for "ready to share" (src/domain/contractValidation.ts), Danish and English. The domain
 * answers with a SharingIssue's code and values; the UI words it with these in
 * src/ui/sharingIssueWords.ts, so a code without words is a type error there. They name a field and,
 * for long text, its length; never the leader's own text. Placeholders {name} are filled with
 * fillTemplate.
 */
import type { Locale } from './types';

export interface ContractValidationStrings {
  /** The free-text fields, by the domain's ContractTextFieldId. */
  fields: { goals: string; workEnvironment: string; alignWithLeader: string };
  /** The agreement lists, by the domain's ContractListFieldId. */
  lists: { selfAgreements: string; leaderAgreements: string };
  /** An agreement by its list and place: {list} is the list's name (lower-cased after "Opfølgning på"). */
  numbered: string;
  followUpOf: string;
  point: string;
  required: string;
  agreementWithoutText: string;
  /** {what}: the field, agreement or point; {length} and {limit} in characters. */
  tooLong: string;
  noSelfAgreements: string;
  noLeaderAgreements: string;
  invalidStart: string;
  invalidEnd: string;
  endInPast: string;
  endBeforeStart: string;
  /** {min}–{max}: the months the tool suggests. */
  periodTooLong: string;
  periodTooShort: string;
  /** {min}–{max}: the points the tool suggests; {count}: how many there are. */
  fewPoints: string;
  manyPoints: string;
}

export const contractValidationStrings: Record<Locale, ContractValidationStrings> = {
  da: {
    fields: {
      goals: 'Mål for din ledelsesopgave',
      workEnvironment: 'Dit psykiske arbejdsmiljø',
      alignWithLeader: 'Det du vil afstemme med nærmeste leder',
    },
    lists: { selfAgreements: 'Aftale med dig selv', leaderAgreements: 'Aftale med nærmeste leder' },
    numbered: '{list} nr. {number}',
    followUpOf: 'Opfølgning på {item}',
    point: 'Punkt {number}',
    required: 'Udfyld „{field}“.',
    agreementWithoutText: '{item} har ingen tekst. Skriv aftalen, eller fjern den.',
    tooLong: '{what}: teksten er {length} tegn lang. Der er plads til {limit} tegn – forkort den.',
    noSelfAgreements: 'Du har ingen aftaler med dig selv endnu.',
    noLeaderAgreements: 'Ingen aftaler med nærmeste leder endnu – dem kan I også lave sammen i dialogen.',
    invalidStart: 'Vælg en gyldig startdato for perioden.',
    invalidEnd: 'Vælg en gyldig slutdato for perioden.',
    endInPast: 'Periodens slutdato ligger i fortiden.',
    endBeforeStart: 'Periodens slutdato skal ligge efter startdatoen.',
    periodTooLong: 'Perioden er længere end {max} måneder. Værktøjet lægger op til {min}–{max} måneder.',
    periodTooShort: 'Perioden er kortere end {min} måneder. Værktøjet lægger op til {min}–{max} måneder.',
    fewPoints: 'Vælg {min}–{max} punkter, du vil tage op i dialogen.',
    manyPoints: 'Du har {count} punkter. Værktøjet foreslår {min}–{max}, så der er tid til dem alle.',
  },
  en: {
    fields: {
      goals: 'Goals for your leadership role',
      workEnvironment: 'Your psychosocial work environment',
      alignWithLeader: 'What you want to align with your manager',
    },
    lists: { selfAgreements: 'Agreement with yourself', leaderAgreements: 'Agreement with your manager' },
    numbered: '{list} no. {number}',
    followUpOf: 'Follow-up of {item}',
    point: 'Point {number}',
    required: 'Fill in “{field}”.',
    agreementWithoutText: '{item} has no text. Write the agreement or remove it.',
    tooLong: '{what}: the text is {length} characters long. There is room for {limit} characters – please shorten it.',
    noSelfAgreements: 'You have no agreements with yourself yet.',
    noLeaderAgreements: 'No agreements with your manager yet – you can also make them together in the dialogue.',
    invalidStart: 'Choose a valid start date for the period.',
    invalidEnd: 'Choose a valid end date for the period.',
    endInPast: 'The end of the period is in the past.',
    endBeforeStart: 'The end of the period must be after its start.',
    periodTooLong: 'The period is longer than {max} months. The tool suggests {min}–{max} months.',
    periodTooShort: 'The period is shorter than {min} months. The tool suggests {min}–{max} months.',
    fewPoints: 'Choose {min}–{max} points to raise in the dialogue.',
    manyPoints: 'You have {count} points. The tool suggests {min}–{max}, so there is time for each.',
  },
};
