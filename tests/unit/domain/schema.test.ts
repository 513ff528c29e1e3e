import { createEmptyDraft } from '../../../src/domain/draft';
import type { DraftV0 } from '../../../src/domain/migrations';
import { draftMigrations } from '../../../src/domain/migrations';
import { parseContract, parseDraft, parseNotes, parseUiState } from '../../../src/domain/schema';
import { buildSharePreview } from '../../../src/domain/sharePreview';
import { NOW, filledDraft } from './fixtures';

const json = <T>(v: T): unknown => JSON.parse(JSON.stringify(v));

function errorsOf(result: { ok: boolean; errors?: string[] }): string[] {
  expect(result.ok).toBe(false);
  return result.errors ?? [];
}

describe('parseDraft: the current schema', () => {
  it('accepts an empty and a filled draft after a JSON round trip, unchanged', () => {
    for (const draft of [createEmptyDraft(NOW, 'da'), filledDraft()]) {
      const result = parseDraft(json(draft));
      expect(result).toEqual({ ok: true, draft, migrated: false });
    }
  });

  it('reports every problem with its path', () => {
    const d = json(filledDraft()) as any;
    d.ui.step = 'finished';
    d.notes.themeNotes.unknownTheme = 'x';
    d.notes.figure.across = 7;
    d.contract.selfAgreements.push({ id: 'a2', text: 'ok', followUp: '', createdAt: NOW.toISOString() });
    d.contract.selfAgreements.push({ id: 'a3', text: 42, followUp: '', createdAt: NOW.toISOString(), cadence: 'hourly' });
    d.contract.period.end = '2027-02-30';
    d.contract.fields.goals = null;
    const errors = errorsOf(parseDraft(d));
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^ui\.step: expected one of "start", "guide", "contract", "prepare"/),
        'notes.themeNotes.unknownTheme: unknown key',
        'notes.figure.across: expected text, got number 7',
        'contract.selfAgreements[2].text: expected text, got number 42',
        expect.stringMatching(/^contract\.selfAgreements\[2\]\.cadence: expected one of/),
        'contract.period.end: expected a date as YYYY-MM-DD, got text of 10 characters',
        'contract.fields.goals: expected text, got null',
      ]),
    );
    expect(errors).toHaveLength(7);
  });

  it('refuses what is not a draft', () => {
    expect(errorsOf(parseDraft(null))[0]).toMatch(/expected a draft object, got null/);
    expect(errorsOf(parseDraft('{"schema":1}'))[0]).toMatch(/got text/);
    expect(errorsOf(parseDraft([]))[0]).toMatch(/got a list/);
    expect(errorsOf(parseDraft({ ui: {} }))).toEqual(['schema: missing schema version']);
    expect(errorsOf(parseDraft({ schema: -1 }))[0]).toMatch(/not a schema version/);
    expect(errorsOf(parseDraft({ schema: 1.5 }))[0]).toMatch(/not a schema version/);
  });

  it('refuses a draft from a newer app with a clear message', () => {
    const d = { ...(json(filledDraft()) as object), schema: 2 };
    expect(errorsOf(parseDraft(d))).toEqual(['schema: draft schema 2 was written by a newer version of the app (this one reads up to 1)']);
  });

  it('never echoes stored text in messages (it may be huge or hostile)', () => {
    const d = json(filledDraft()) as any;
    d.contract.locale = '<script>alert(1)</script>'.repeat(4000);
    const [error] = errorsOf(parseDraft(d));
    expect(error).not.toContain('<script>');
    expect(error!.length).toBeLessThan(200);
  });

  it('rejects two agreements with the same id', () => {
    const d = json(filledDraft()) as any;
    d.contract.selfAgreements.push({ ...d.contract.selfAgreements[0] });
    expect(errorsOf(parseDraft(d))).toEqual(['contract.selfAgreements[1].id: the same id is used twice']);
  });
});

describe('parseDraft: migration from schema 0', () => {
  const v0: DraftV0 = {
    version: 0,
    step: 'contract',
    locale: 'da',
    savedAt: '2026-03-01T10:00:00.000Z',
    notes: { 'goals-1': 'Nøgletal for drift', 'theme:workEnvironment': 'Pauser', 'figure:upToOwnLeader': 'Tillid' },
    contract: {
      goals: 'IT-projektet',
      workEnvironment: 'Uforstyrret tid',
      alignWithLeader: 'Prioritering',
      selfAgreements: ['Jeg tjekker mails fire gange om dagen', 'Jeg lægger pauser ind med mig selv'],
      leaderAgreements: ['Vi tager vanskelige sager op'],
      periodStart: '2026-03-01',
      periodEnd: '2026-12-31',
    },
    points: ['Prioritering'],
  };

  it('is a chain starting at schema 0', () => {
    expect(Object.keys(draftMigrations)).toEqual(['0']);
  });

  it('moves every note, agreement and setting into schema 1', () => {
    const result = parseDraft(json(v0));
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.migrated).toBe(true);
    const { draft } = result;
    expect(draft.schema).toBe(1);
    expect(draft.ui).toEqual({ step: 'contract', localeOverride: null, timer: { startedAt: null, elapsedMs: 0 } });
    expect(draft.notes).toEqual({
      schema: 1,
      questionNotes: { 'goals-1': 'Nøgletal for drift' },
      themeNotes: { workEnvironment: 'Pauser' },
      figure: { upToOwnLeader: 'Tillid' },
    });
    expect(draft.contract.fields).toEqual({ goals: 'IT-projektet', workEnvironment: 'Uforstyrret tid', alignWithLeader: 'Prioritering' });
    expect(draft.contract.selfAgreements.map((a) => [a.text, a.followUp, a.author, a.createdAt])).toEqual([
      ['Jeg tjekker mails fire gange om dagen', '', 'leader', '2026-03-01T10:00:00.000Z'],
      ['Jeg lægger pauser ind med mig selv', '', 'leader', '2026-03-01T10:00:00.000Z'],
    ]);
    expect(new Set(draft.contract.selfAgreements.map((a) => a.id)).size).toBe(2);
    expect(draft.contract.leaderAgreements.map((a) => a.text)).toEqual(['Vi tager vanskelige sager op']);
    expect(draft.contract.period).toEqual({ start: '2026-03-01', end: '2026-12-31' });
    expect(draft.contract.preparation).toEqual({ points: ['Prioritering'], questionsForLeader: [], inviteChecklist: [] });
    expect(draft.contract.locale).toBe('da');
    expect(draft.contract.createdAt).toBe(v0.savedAt);
    // The migrated draft is a valid current draft in its own right.
    expect(parseDraft(json(draft))).toEqual({ ok: true, draft, migrated: false });
  });

  it('fills a missing period and time stamp from "now"', () => {
    const now = new Date(2026, 4, 10, 12);
    const { periodStart: _s, periodEnd: _e, ...contract } = v0.contract;
    const result = parseDraft({ ...v0, savedAt: undefined, contract }, { now });
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.draft.contract.period).toEqual({ start: '2026-05-10', end: '2027-05-10' });
    expect(result.draft.contract.createdAt).toBe(now.toISOString());
  });

  it('reports what it cannot migrate with current paths, without throwing', () => {
    const broken = { ...v0, step: 'somewhere', notes: 'not an object', contract: { ...v0.contract, selfAgreements: ['ok', 17] } };
    const errors = errorsOf(parseDraft(json(broken)));
    expect(errors).toEqual(expect.arrayContaining(['contract.selfAgreements[1].text: expected text, got number 17', expect.stringMatching(/^ui\.step:/)]));
    expect(errorsOf(parseDraft({ version: 0 })).length).toBeGreaterThan(0);
  });
});

describe('parseContract (lederaftale.json read back from OneDrive)', () => {
  it('accepts a contract and the shared form without the private checklist', () => {
    const { contract } = filledDraft();
    expect(parseContract(json(contract))).toEqual({ ok: true, value: contract });
    const shared = parseContract(json(buildSharePreview(contract)));
    if (!shared.ok) throw new Error(shared.errors.join('\n'));
    expect(shared.value.preparation.inviteChecklist).toEqual([]);
    expect(shared.value.fields).toEqual(contract.fields);
  });

  it('uses paths relative to the contract', () => {
    const c = json(filledDraft().contract) as any;
    c.selfAgreements[0].text = ['x'];
    c.leaderAgreements[0].createdAt = 'yesterday';
    c.nearestLeader = { displayName: 'Mette', kind: 'robot' };
    c.schema = 7;
    expect(errorsOf(parseContract(c))).toEqual([
      'schema: contract schema 7 was written by a newer version of the app (this one reads up to 1)',
      'selfAgreements[0].text: expected text, got a list',
      'leaderAgreements[0].createdAt: expected an ISO 8601 date and time',
      'nearestLeader.kind: expected one of "user", "orgContact", got text of 5 characters',
    ]);
  });

  it('keeps unknown keys and validated bookings, treats a null person as absent', () => {
    const c = json(filledDraft().contract) as any;
    c.futureField = { kept: true };
    c.leader = null;
    c.bookings = {
      followUps: [],
      reminders: [],
      dialogue: { transactionId: 't-1', start: '2026-12-01T10:00:00', end: '2026-12-01T10:45:00', timeZone: 'Romance Standard Time' },
    };
    const result = parseContract(c);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect((result.value as any).futureField).toEqual({ kept: true });
    expect('leader' in result.value).toBe(false);
    expect(result.value.bookings?.dialogue?.transactionId).toBe('t-1');

    c.bookings.dialogue.start = 'soon';
    expect(errorsOf(parseContract(c))).toEqual(['bookings.dialogue.start: expected a local date and time as YYYY-MM-DDTHH:mm:ss']);
  });

  it('turns JSON holes in the checklist into unticked items', () => {
    const c = json(filledDraft().contract) as any;
    c.preparation.inviteChecklist = [null, true, 'yes'];
    expect(errorsOf(parseContract(c))).toEqual(['preparation.inviteChecklist[2]: expected true or false, got text of 3 characters']);
    c.preparation.inviteChecklist = [null, true];
    const ok = parseContract(c);
    expect(ok.ok && ok.value.preparation.inviteChecklist).toEqual([false, true]);
  });

  it('refuses garbage', () => {
    expect(errorsOf(parseContract(undefined))[0]).toBe('(root): expected an object, got undefined');
    expect(errorsOf(parseContract({})).length).toBeGreaterThan(5);
  });
});

describe('parseNotes and parseUiState', () => {
  it('accept valid records and reject bad ones', () => {
    const d = filledDraft();
    expect(parseNotes(json(d.notes))).toEqual({ ok: true, value: d.notes });
    expect(parseUiState(json(d.ui))).toEqual({ ok: true, value: d.ui });
    expect(errorsOf(parseNotes({ schema: 1, questionNotes: [], themeNotes: {}, figure: {} }))).toEqual(['questionNotes: expected an object, got a list']);
    expect(errorsOf(parseUiState({ step: 'guide', localeOverride: 'de', timer: { startedAt: null, elapsedMs: -1 } }))).toEqual([
      'timer.elapsedMs: expected a number of milliseconds ≥ 0, got number -1',
      'localeOverride: expected one of "da", "en", got text of 2 characters',
    ]);
  });
});
