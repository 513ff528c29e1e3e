/**
 * Before a follow-up series is booked: its meetings in the first three months against both
 * calendars and the public holidays. Each clash is named (a holiday, an absence, a meeting) with
 * a button that moves that meeting to the first clear weekday before the next one (an exception
 * on the series, made after it is booked), and the whole series can be shifted instead.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { Locale } from '../../content/types';
import type { OccurrenceMove } from '../../domain/model';
import { firstOccurrences } from '../../domain/cadence';
import { addDays, addMonths, isoDate, startOfDay } from '../../domain/dates';
import { CLASH_CHECK_MONTHS, clashReasons, moveTarget, shiftWithoutClashes, type ClashInput, type ClashReason } from '../../domain/followUpClashes';
import type { GraphClient } from '../../graph/client';
import { useSharedStyles } from '../../ui/sharedStyles';
import { clashStrings } from './clashStrings';
import type { FollowUpDraft } from './choices';
import { localAsDate } from './engine/times';
import { formatMoment } from './slots';
import { useClashData } from './useClashData';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  clash: { color: tokens.colorPaletteRedForeground1 },
});

export interface FollowUpClashCheckProps {
  locale: Locale;
  graph: GraphClient;
  leaderMail: string | undefined;
  nearestLeader: { mail?: string; displayName: string } | undefined;
  draft: FollowUpDraft;
  /** The first meeting, local wall-clock `YYYY-MM-DDTHH:mm:ss`. */
  firstStart: string;
  periodEnd: string;
  durationMinutes: number;
  /** The series' zone (the dialogue's), in which its wall-clock dates are read. */
  timeZone: string;
  /** The series with its moves or first date changed. */
  onReplace(next: FollowUpDraft): void;
}

/** The meetings checked: those in the first three months of a series starting at `first`. */
function checkedOccurrences(draft: FollowUpDraft, first: Date, periodEnd: string): Date[] {
  const until = addMonths(first, CLASH_CHECK_MONTHS).getTime();
  return firstOccurrences(draft.cadence, first, 400, periodEnd).filter((d, i) => i === 0 || d.getTime() < until);
}

const wallClock = (d: Date) => `${isoDate(d)}T${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;

export function FollowUpClashCheck({
  locale,
  graph,
  leaderMail,
  nearestLeader,
  draft,
  firstStart,
  periodEnd,
  durationMinutes,
  timeZone,
  onReplace,
}: FollowUpClashCheckProps) {
  const t = clashStrings[locale];
  const styles = useStyles();
  const shared = useSharedStyles();
  const first = localAsDate(firstStart);
  // Two weeks beyond the three months: room to move a meeting or shift the series.
  const data = useClashData({
    graph,
    leaderMail,
    nearestLeaderMail: nearestLeader?.mail,
    from: startOfDay(first),
    to: addDays(startOfDay(addMonths(first, CLASH_CHECK_MONTHS)), 21),
    timeZone,
    locale,
  });
  const all = firstOccurrences(draft.cadence, first, 400, periodEnd);
  const checked = checkedOccurrences(draft, first, periodEnd);
  const moves = draft.moves ?? [];
  const movedTo = new Map(moves.map((m) => [m.from, m.to]));

  const say = (reason: ClashReason) => {
    if (reason.kind === 'holiday') return t.holiday(reason.name);
    return reason.who === 'leader' ? t.leader[reason.status] : t.nearestLeader(nearestLeader?.displayName ?? '', reason.status);
  };
  const { moves: _moves, ...withoutMoves } = draft;
  const setMoves = (next: OccurrenceMove[]) => onReplace(next.length ? { ...withoutMoves, moves: next } : withoutMoves);

  let body;
  if (data.status === 'loading') body = <p className={shared.muted}>{t.checking}</p>;
  else if (data.status === 'failed') body = <p className={shared.muted}>{t.failed(data.message)}</p>;
  else {
    const input: ClashInput = { busy: data.busy, holidays: data.holidays, durationMinutes };
    const clashes = checked
      .map((start) => ({ start, reasons: clashReasons(start, input) }))
      .filter((c) => c.reasons.length > 0 || movedTo.has(isoDate(c.start)));
    const open = clashes.filter((c) => !movedTo.has(isoDate(c.start)));
    const shift = open.length > 0 ? shiftWithoutClashes(first, (f) => checkedOccurrences(draft, f, periodEnd), input) : undefined;
    body =
      clashes.length === 0 ? (
        <p data-clash-status="clear">{t.clear}</p>
      ) : (
        <>
          {open.length > 0 ? (
            <p className={styles.clash} data-clash-status="clashes">
              {t.found(open.length)}
            </p>
          ) : null}
          <ul className={styles.list} data-testid={`clashes-${draft.key}`}>
            {clashes.map((c) => {
              const from = isoDate(c.start);
              const when = formatMoment(c.start, locale);
              const to = movedTo.get(from);
              if (to) {
                return (
                  <li key={from} className={styles.row} data-clash-moved={from}>
                    <span>
                      <s>{when}</s> {t.moved(formatMoment(localAsDate(to), locale))}
                    </span>
                    <Button size="small" appearance="subtle" aria-label={t.undoLabel(when)} onClick={() => setMoves(moves.filter((m) => m.from !== from))}>
                      {t.undo}
                    </Button>
                  </li>
                );
              }
              const next = all.find((d) => d.getTime() > c.start.getTime());
              const target = moveTarget(c.start, next, input);
              return (
                <li key={from} className={styles.row} data-clash={from}>
                  <span>
                    {when}: {c.reasons.map(say).join(', ')}
                  </span>
                  {target ? (
                    <Button
                      size="small"
                      aria-label={t.moveLabel(when, formatMoment(target, locale))}
                      onClick={() => setMoves([...moves, { from, to: wallClock(target) }])}
                    >
                      {t.move(formatMoment(target, locale))}
                    </Button>
                  ) : (
                    <span className={shared.muted}>{t.noMove}</span>
                  )}
                </li>
              );
            })}
          </ul>
          {open.length > 0 ? (
            shift !== undefined ? (
              <div>
                <Button
                  size="small"
                  onClick={() => onReplace({ ...withoutMoves, firstDate: isoDate(addDays(first, shift)), time: wallClock(first).slice(11, 16) })}
                >
                  {t.shift(shift, formatMoment(addDays(first, shift), locale))}
                </Button>
              </div>
            ) : (
              <p className={shared.muted}>{t.noShift}</p>
            )
          ) : null}
        </>
      );
  }
  return (
    <div className={styles.root} data-clash-check={draft.key} aria-live="polite">
      <strong>{t.heading}</strong>
      {body}
    </div>
  );
}
