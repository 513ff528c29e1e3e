/**
 * What the leader has chosen in "Book og del" before (or between) bookings: the dialogue's slot,
 * the room or place, the follow-up series, the reminders and the sharing role. Kept in the local
 * draft's UI state, keyed by the contract it belongs to, so a reload (Teams reloads a tab when one
 * switches away) brings every choice back and the booking uses exactly what was chosen.
 *
 * Local only: the choices are the leader's working state, never shared, never in lederaftale.json.
 */
import { FOLLOW_UP_CADENCES } from './catalog';
import { findFollowUpPreset } from './cadence';
import type { BookingChoices, Draft, FollowUpDraft, FollowUpPresetId, Person, SavedBookingChoices } from './model';
import { isRecord } from './isRecord';
import { Reader, joinPath } from './validate';

/** The choices saved for this draft's contract, if any. */
export function savedBookingChoices(draft: Draft): BookingChoices | undefined {
  const saved = draft.ui.bookingChoices;
  return saved && saved.contractId === draft.contract.id ? saved.choices : undefined;
}

/** Keep the choices in the draft (UI state: not shared, does not bump the contract's updatedAt). */
export function setBookingChoices(draft: Draft, choices: BookingChoices): Draft {
  return { ...draft, ui: { ...draft.ui, bookingChoices: { contractId: draft.contract.id, choices } } };
}

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * Read saved choices back. They are a convenience, not a record: anything that does not validate
 * is dropped as a whole (undefined) rather than failing the draft it sits in.
 */
export function readBookingChoices(value: unknown): SavedBookingChoices | undefined {
  if (value === undefined || value === null || !isRecord(value)) return undefined;
  const r = new Reader();
  const contractId = r.string(value.contractId, 'contractId', { nonEmpty: true });
  const c = r.object(value.choices, 'choices') ?? {};
  const pattern = (v: unknown, p: string, re: RegExp): string => {
    const s = r.string(v, p);
    if (!re.test(s)) r.fail(p, 'bad format');
    return s;
  };
  const choices: BookingChoices = {
    place: r.string(c.place, 'place'),
    reminderKind: r.oneOf(['todo', 'event'] as const, c.reminderKind, 'reminderKind', 'todo'),
    shareRole: r.oneOf(['read', 'write'] as const, c.shareRole, 'shareRole', 'read'),
    followUps: r.array(c.followUps, 'followUps', (v, p) => {
      const f = r.object(v, p) ?? {};
      const draft: FollowUpDraft = {
        key: r.string(f.key, joinPath(p, 'key'), { nonEmpty: true }),
        cadence: r.oneOf(FOLLOW_UP_CADENCES, f.cadence, joinPath(p, 'cadence'), 'weekly'),
      };
      if (f.preset !== undefined) {
        const preset = r.string(f.preset, joinPath(p, 'preset'));
        if (findFollowUpPreset(preset)) draft.preset = preset as FollowUpPresetId;
        else r.fail(joinPath(p, 'preset'), 'unknown preset');
      }
      if (f.firstDate !== undefined) draft.firstDate = pattern(f.firstDate, joinPath(p, 'firstDate'), ISO_DATE);
      if (f.time !== undefined) draft.time = pattern(f.time, joinPath(p, 'time'), TIME);
      if (f.moves !== undefined) {
        draft.moves = r.array(f.moves, joinPath(p, 'moves'), (m, mp) => {
          const o = r.object(m, mp) ?? {};
          return { from: pattern(o.from, joinPath(mp, 'from'), ISO_DATE), to: pattern(o.to, joinPath(mp, 'to'), LOCAL_DATE_TIME) };
        });
      }
      return draft;
    }),
  };
  if (c.slot !== undefined) {
    const s = r.object(c.slot, 'slot') ?? {};
    choices.slot = { start: pattern(s.start, 'slot.start', LOCAL_DATE_TIME), timeZone: r.string(s.timeZone, 'slot.timeZone', { nonEmpty: true }) };
  }
  if (c.room !== undefined) {
    const o = r.object(c.room, 'room') ?? {};
    choices.room = {
      displayName: r.string(o.displayName, 'room.displayName'),
      emailAddress: r.string(o.emailAddress, 'room.emailAddress', { nonEmpty: true }),
    };
  }
  if (c.weekdaysOnly !== undefined) {
    if (typeof c.weekdaysOnly === 'boolean') choices.weekdaysOnly = c.weekdaysOnly;
    else r.fail('weekdaysOnly', 'expected true or false');
  }
  if (c.pinInMeeting !== undefined) {
    if (typeof c.pinInMeeting === 'boolean') choices.pinInMeeting = c.pinInMeeting;
    else r.fail('pinInMeeting', 'expected true or false');
  }
  if (c.nearestLeader !== undefined) {
    const o = r.object(c.nearestLeader, 'nearestLeader') ?? {};
    const person: Person = { displayName: r.string(o.displayName, 'nearestLeader.displayName', { nonEmpty: true }) };
    for (const key of ['mail', 'id'] as const) {
      const v = r.optionalString(o[key], `nearestLeader.${key}`);
      if (v !== undefined) person[key] = v;
    }
    if (o.kind !== undefined) person.kind = r.oneOf(['user', 'orgContact'] as const, o.kind, 'nearestLeader.kind', 'user');
    choices.nearestLeader = person;
  }
  return r.ok ? { contractId, choices } : undefined;
}
