/**
 * Validation and migration of everything the app reads back: the local draft and its three records
 * (UI state, private notes, contract), and the contract JSON (lederaftale.json) that the nearest
 * leader opens from OneDrive. Nothing read from storage is trusted until it passes through here.
 *
 * The contract keeps unknown top-level keys (a newer app version may add some to lederaftale.json),
 * so reading and writing it back never drops data this version does not know about. Known
 * optional parts (people, bookings) are validated.
 */
import { readBookingChoices } from './bookingChoices';
import { readBookings } from './bookingsSchema';
import { readAgreementHistory, readCollaboration } from './collaboration';
import { CONTRACT_LIST_FIELD_IDS, CONTRACT_TEXT_FIELD_IDS, FIGURE_DIRECTION_IDS, FOLLOW_UP_CADENCES, LOCALES, STEP_IDS, THEME_IDS } from './catalog';
import { isIsoDate } from './dates';
import { draftMigrations, draftSchemaVersion, type MigrationContext } from './migrations';
import {
  CONTRACT_SCHEMA_VERSION,
  DRAFT_SCHEMA_VERSION,
  NOTES_SCHEMA_VERSION,
  type Agreement,
  type Contract,
  type DialoguePreparation,
  type Draft,
  type Person,
  type PrivateNotes,
  type UiState,
} from './model';
import { isRecord } from './isRecord';
import { Reader, describe, joinPath } from './validate';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };
export type ParseDraftResult = { ok: true; draft: Draft; migrated: boolean } | { ok: false; errors: string[] };

export interface ParseOptions {
  /** "Now" for migrations that must invent a time stamp. */
  now?: Date;
}

// ---------------------------------------------------------------- the draft

export function parseDraft(value: unknown, options: ParseOptions = {}): ParseDraftResult {
  if (!isRecord(value)) return { ok: false, errors: [`(root): expected a draft object, got ${describe(value)}`] };
  const version = draftSchemaVersion(value);
  if (version === null) return { ok: false, errors: ['schema: missing schema version'] };
  if (!Number.isInteger(version) || version < 0) return { ok: false, errors: [`schema: not a schema version: ${String(version)}`] };
  if (version > DRAFT_SCHEMA_VERSION) {
    return { ok: false, errors: [`schema: draft schema ${version} was written by a newer version of the app (this one reads up to ${DRAFT_SCHEMA_VERSION})`] };
  }

  const context: MigrationContext = { now: options.now ?? new Date() };
  let current: Record<string, unknown> = value;
  for (let v = version; v < DRAFT_SCHEMA_VERSION; v += 1) {
    const migrate = draftMigrations[v];
    if (!migrate) return { ok: false, errors: [`schema: no migration from draft schema ${v}`] };
    current = migrate(current, context);
  }

  const r = new Reader();
  const draft: Draft = {
    schema: DRAFT_SCHEMA_VERSION,
    ui: readUiState(r, current.ui, 'ui'),
    notes: readNotes(r, current.notes, 'notes'),
    contract: readContract(r, current.contract, 'contract'),
  };
  return r.ok ? { ok: true, draft, migrated: version !== DRAFT_SCHEMA_VERSION } : { ok: false, errors: r.errors };
}

// ---------------------------------------------------------------- the records alone

export function parseContract(value: unknown): ParseResult<Contract> {
  return run((r) => readContract(r, value, ''));
}

export function parseNotes(value: unknown): ParseResult<PrivateNotes> {
  return run((r) => readNotes(r, value, ''));
}

export function parseUiState(value: unknown): ParseResult<UiState> {
  return run((r) => readUiState(r, value, ''));
}

function run<T>(read: (r: Reader) => T): ParseResult<T> {
  const r = new Reader();
  const value = read(r);
  return r.ok ? { ok: true, value } : { ok: false, errors: r.errors };
}

// ---------------------------------------------------------------- readers

function readSchema(r: Reader, value: unknown, path: string, expected: number, what: string): void {
  if (value === expected) return;
  if (typeof value === 'number' && value > expected)
    r.fail(path, `${what} schema ${value} was written by a newer version of the app (this one reads up to ${expected})`);
  else r.fail(path, `expected ${what} schema ${expected}, got ${describe(value)}`);
}

function readUiState(r: Reader, value: unknown, path: string): UiState {
  const o = r.object(value, path) ?? {};
  const timerPath = joinPath(path, 'timer');
  const t = r.object(o.timer, timerPath) ?? {};
  let startedAt: string | null = null;
  if (t.startedAt !== null && t.startedAt !== undefined) startedAt = r.timestamp(t.startedAt, joinPath(timerPath, 'startedAt'));
  let elapsedMs = 0;
  if (typeof t.elapsedMs === 'number' && Number.isFinite(t.elapsedMs) && t.elapsedMs >= 0) elapsedMs = t.elapsedMs;
  else r.fail(joinPath(timerPath, 'elapsedMs'), `expected a number of milliseconds ≥ 0, got ${describe(t.elapsedMs)}`);
  const ui: UiState = {
    step: r.oneOf(STEP_IDS, o.step, joinPath(path, 'step'), 'start'),
    localeOverride:
      o.localeOverride === null || o.localeOverride === undefined ? null : r.oneOf(LOCALES, o.localeOverride, joinPath(path, 'localeOverride'), 'da'),
    timer: { startedAt, elapsedMs },
  };
  // Unreadable booking choices are dropped on their own: they never cost the rest of the draft.
  const bookingChoices = readBookingChoices(o.bookingChoices);
  if (bookingChoices) ui.bookingChoices = bookingChoices;
  return ui;
}

function readNotes(r: Reader, value: unknown, path: string): PrivateNotes {
  const o = r.object(value, path) ?? {};
  readSchema(r, o.schema, joinPath(path, 'schema'), NOTES_SCHEMA_VERSION, 'notes');
  return {
    schema: NOTES_SCHEMA_VERSION,
    questionNotes: r.textRecord<string>(o.questionNotes, joinPath(path, 'questionNotes')) as Record<string, string>,
    themeNotes: r.textRecord(o.themeNotes, joinPath(path, 'themeNotes'), THEME_IDS),
    figure: r.textRecord(o.figure, joinPath(path, 'figure'), FIGURE_DIRECTION_IDS),
  };
}

function readPerson(r: Reader, value: unknown, path: string): Person | undefined {
  if (value === undefined || value === null) return undefined;
  const o = r.object(value, path);
  if (!o) return undefined;
  const person: Person = { displayName: r.string(o.displayName, joinPath(path, 'displayName')) };
  const mail = r.optionalString(o.mail, joinPath(path, 'mail'));
  const id = r.optionalString(o.id, joinPath(path, 'id'));
  if (mail !== undefined) person.mail = mail;
  if (id !== undefined) person.id = id;
  if (o.kind !== undefined) person.kind = r.oneOf(['user', 'orgContact'] as const, o.kind, joinPath(path, 'kind'), 'user');
  return person;
}

function readAgreement(r: Reader, value: unknown, path: string): Agreement {
  const o = r.object(value, path) ?? {};
  const agreement: Agreement = {
    id: r.string(o.id, joinPath(path, 'id'), { nonEmpty: true }),
    text: r.string(o.text, joinPath(path, 'text')),
    followUp: r.string(o.followUp, joinPath(path, 'followUp')),
    createdAt: r.timestamp(o.createdAt, joinPath(path, 'createdAt')),
  };
  if (o.cadence !== undefined && o.cadence !== null) agreement.cadence = r.oneOf(FOLLOW_UP_CADENCES, o.cadence, joinPath(path, 'cadence'), 'weekly');
  if (o.author !== undefined) agreement.author = r.oneOf(['leader', 'nearestLeader'] as const, o.author, joinPath(path, 'author'), 'leader');
  readAgreementHistory(r, o, path, agreement);
  return agreement;
}

function readAgreements(r: Reader, value: unknown, path: string): Agreement[] {
  const list = r.array(value, path, (v, p) => readAgreement(r, v, p));
  const seen = new Set<string>();
  list.forEach((a, i) => {
    if (a.id !== '' && seen.has(a.id)) r.fail(`${path}[${i}].id`, 'the same id is used twice');
    seen.add(a.id);
  });
  return list;
}

function readPreparation(r: Reader, value: unknown, path: string): DialoguePreparation {
  const o = r.object(value, path) ?? {};
  const strings = (v: unknown, p: string) => r.array(v, p, (item, itemPath) => r.string(item, itemPath));
  return {
    points: strings(o.points, joinPath(path, 'points')),
    questionsForLeader: strings(o.questionsForLeader, joinPath(path, 'questionsForLeader')),
    // Absent in a shared contract (the checklist is the leader's own); JSON turns holes into null.
    inviteChecklist:
      o.inviteChecklist === undefined
        ? []
        : r.array(o.inviteChecklist, joinPath(path, 'inviteChecklist'), (item, itemPath) => {
            if (item === null) return false;
            if (typeof item !== 'boolean') r.fail(itemPath, `expected true or false, got ${describe(item)}`);
            return item === true;
          }),
  };
}

function readContract(r: Reader, value: unknown, path: string): Contract {
  const o = r.object(value, path) ?? {};
  readSchema(r, o.schema, joinPath(path, 'schema'), CONTRACT_SCHEMA_VERSION, 'contract');

  // When a container is not an object, its one error says it all; its members add no more.
  const periodPath = joinPath(path, 'period');
  const p = r.object(o.period, periodPath);
  const isoDateAt = (v: unknown, at: string): string => {
    if (p && !isIsoDate(v)) r.fail(at, `expected a date as YYYY-MM-DD, got ${describe(v)}`);
    return typeof v === 'string' ? v : '';
  };

  const fieldsPath = joinPath(path, 'fields');
  const f = r.object(o.fields, fieldsPath);
  const fields = Object.fromEntries(CONTRACT_TEXT_FIELD_IDS.map((id) => [id, f ? r.string(f[id], joinPath(fieldsPath, id)) : ''])) as Contract['fields'];

  const [selfKey, leaderKey] = CONTRACT_LIST_FIELD_IDS;
  const contract: Contract = {
    ...o, // unknown keys survive a round trip (see the file comment)
    schema: CONTRACT_SCHEMA_VERSION,
    id: r.string(o.id, joinPath(path, 'id'), { nonEmpty: true }),
    createdAt: r.timestamp(o.createdAt, joinPath(path, 'createdAt')),
    updatedAt: r.timestamp(o.updatedAt, joinPath(path, 'updatedAt')),
    locale: r.oneOf(LOCALES, o.locale, joinPath(path, 'locale'), 'da'),
    period: { start: isoDateAt(p?.start, joinPath(periodPath, 'start')), end: isoDateAt(p?.end, joinPath(periodPath, 'end')) },
    fields,
    selfAgreements: readAgreements(r, o[selfKey], joinPath(path, selfKey)),
    leaderAgreements: readAgreements(r, o[leaderKey], joinPath(path, leaderKey)),
    preparation: readPreparation(r, o.preparation, joinPath(path, 'preparation')),
  };
  delete contract.leader;
  delete contract.nearestLeader;
  delete contract.bookings;
  delete contract.collaboration;
  if (o.collaboration !== undefined && o.collaboration !== null)
    contract.collaboration = readCollaboration(r, o.collaboration, joinPath(path, 'collaboration'));
  for (const key of ['previousContractId', 'archivedAt'] as const) {
    delete contract[key];
    const value =
      key === 'archivedAt' ? (o[key] === undefined ? undefined : r.timestamp(o[key], joinPath(path, key))) : r.optionalString(o[key], joinPath(path, key));
    if (value !== undefined) contract[key] = value;
  }
  if (o.bookings !== undefined && o.bookings !== null) contract.bookings = readBookings(r, o.bookings, joinPath(path, 'bookings'));
  const leader = readPerson(r, o.leader, joinPath(path, 'leader'));
  const nearestLeader = readPerson(r, o.nearestLeader, joinPath(path, 'nearestLeader'));
  if (leader) contract.leader = leader;
  if (nearestLeader) contract.nearestLeader = nearestLeader;
  return contract;
}
