/**
 * The draft's migration chain. `draftMigrations[n]` turns a schema-n draft into a schema-(n+1)
 * draft; parseDraft applies them in order and then validates the result as the current schema.
 * Migrations see unvalidated data, so they never assume a shape: they move what they recognise
 * and leave the rest for validation to report.
 *
 * Adding schema 2: bump DRAFT_SCHEMA_VERSION in model.ts, add `draftMigrations[1]`, and keep a
 * schema-1 fixture in the tests.
 */
import { addMonths, isIsoDate, isoDate } from './dates';
import { newId } from './ids';
import { isRecord } from './isRecord';

export interface MigrationContext {
  /** Used where an old draft lacks a time stamp. */
  now: Date;
}

export type Migration = (old: Record<string, unknown>, context: MigrationContext) => Record<string, unknown>;

/**
 * Schema 0: the pre-release draft (one flat record, before private notes and the contract were
 * separated). Kept here as a type so the migration below says exactly what it reads.
 */
export interface DraftV0 {
  version: 0;
  step: 'start' | 'guide' | 'contract' | 'prepare';
  locale: 'da' | 'en';
  savedAt: string;
  /** Flat notes: "goals-1" (a support question), "theme:goals", "figure:across". */
  notes: Record<string, string>;
  contract: {
    goals: string;
    workEnvironment: string;
    alignWithLeader: string;
    /** Agreements were plain strings, without follow-up or cadence. */
    selfAgreements: string[];
    leaderAgreements: string[];
    periodStart?: string;
    periodEnd?: string;
  };
  points?: string[];
}

const THEME_PREFIX = 'theme:';
const FIGURE_PREFIX = 'figure:';

function migrateV0toV1(old: Record<string, unknown>, { now }: MigrationContext): Record<string, unknown> {
  const savedAt = typeof old.savedAt === 'string' && Number.isFinite(Date.parse(old.savedAt)) ? old.savedAt : now.toISOString();
  const savedDay = new Date(savedAt);

  const questionNotes: Record<string, unknown> = {};
  const themeNotes: Record<string, unknown> = {};
  const figure: Record<string, unknown> = {};
  if (isRecord(old.notes)) {
    for (const [key, text] of Object.entries(old.notes)) {
      if (key.startsWith(THEME_PREFIX)) themeNotes[key.slice(THEME_PREFIX.length)] = text;
      else if (key.startsWith(FIGURE_PREFIX)) figure[key.slice(FIGURE_PREFIX.length)] = text;
      else questionNotes[key] = text;
    }
  }

  const c = isRecord(old.contract) ? old.contract : {};
  const agreements = (list: unknown): unknown =>
    Array.isArray(list) ? list.map((text: unknown) => ({ id: newId(), text, followUp: '', author: 'leader', createdAt: savedAt })) : list;
  const start = isIsoDate(c.periodStart) ? c.periodStart : isoDate(savedDay);
  const end = isIsoDate(c.periodEnd) ? c.periodEnd : isoDate(addMonths(new Date(`${start}T00:00:00`), 12));

  return {
    schema: 1,
    ui: { step: old.step, localeOverride: null, timer: { startedAt: null, elapsedMs: 0 } },
    notes: { schema: 1, questionNotes, themeNotes, figure },
    contract: {
      schema: 1,
      id: newId(),
      createdAt: savedAt,
      updatedAt: savedAt,
      locale: old.locale,
      period: { start, end },
      fields: { goals: c.goals ?? '', workEnvironment: c.workEnvironment ?? '', alignWithLeader: c.alignWithLeader ?? '' },
      selfAgreements: agreements(c.selfAgreements ?? []),
      leaderAgreements: agreements(c.leaderAgreements ?? []),
      preparation: { points: old.points ?? [], questionsForLeader: [], inviteChecklist: [] },
    },
  };
}

export const draftMigrations: Readonly<Record<number, Migration>> = {
  0: migrateV0toV1,
};

/**
 * The schema version a stored draft claims: `schema` since schema 1, `version` in schema 0.
 * Null if it claims none (then it is not a draft at all).
 */
export function draftSchemaVersion(value: Record<string, unknown>): number | null {
  if (typeof value.schema === 'number') return value.schema;
  if (value.version === 0) return 0;
  return null;
}
