import { MAX_SCHEDULE_DAYS, scheduleWindows } from '../../../src/graph/schedule';

it('asks getSchedule for at most 62 days at a time, covering the whole window without gaps', () => {
  const from = new Date('2027-01-01T00:00:00Z');
  const to = new Date('2027-04-30T00:00:00Z');
  const parts = scheduleWindows(from, to);
  expect(parts).toHaveLength(2);
  expect(parts[0]!.from).toEqual(from);
  expect(parts[1]!.from).toEqual(parts[0]!.to);
  expect(parts[1]!.to).toEqual(to);
  for (const p of parts) expect(p.to.getTime() - p.from.getTime()).toBeLessThanOrEqual(MAX_SCHEDULE_DAYS * 86_400_000);
});
