/**
 * The closed sets of ids in the model, as runtime values. Validation needs them (types vanish at
 * runtime); the `satisfies` checks below fail to compile if a set drifts from its type.
 */
import type { FigureDirectionId, Locale, ThemeId } from '../content/types';
import type { ContractListFieldId, ContractTextFieldId, FollowUpCadence, StepId } from './model';

type Exhaustive<T extends string, A extends readonly T[]> = [T] extends [A[number]] ? A : never;

const locales = ['da', 'en'] as const;
export const LOCALES: Exhaustive<Locale, typeof locales> = locales;

const steps = ['start', 'guide', 'contract', 'prepare'] as const;
export const STEP_IDS: Exhaustive<StepId, typeof steps> = steps;

const themes = ['goals', 'workEnvironment', 'nearestLeader'] as const;
export const THEME_IDS: Exhaustive<ThemeId, typeof themes> = themes;

const directions = ['upToOwnLeader', 'inwardSelf', 'partOfManagement', 'outToCitizens', 'intoTeam', 'across'] as const;
export const FIGURE_DIRECTION_IDS: Exhaustive<FigureDirectionId, typeof directions> = directions;

const textFields = ['goals', 'workEnvironment', 'alignWithLeader'] as const;
export const CONTRACT_TEXT_FIELD_IDS: Exhaustive<ContractTextFieldId, typeof textFields> = textFields;

const listFields = ['selfAgreements', 'leaderAgreements'] as const;
export const CONTRACT_LIST_FIELD_IDS: Exhaustive<ContractListFieldId, typeof listFields> = listFields;

const cadences = ['daily', 'weekly', 'biweekly', 'monthly', 'quarterly'] as const;
export const FOLLOW_UP_CADENCES: Exhaustive<FollowUpCadence, typeof cadences> = cadences;

export function isOneOf<T extends string>(set: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (set as readonly string[]).includes(value);
}
