/** A Copenhagen wall-clock slot `daysAhead` working days from now, for event bodies. */
export function workingDaySlot(daysAhead: number, hour: number, minutes = 45) {
  const d = new Date();
  let added = 0;
  while (added < daysAhead) {
    d.setUTCDate(d.getUTCDate() + 1);
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) added++;
  }
  const date = d.toISOString().slice(0, 10);
  const pad = (n: number) => String(n).padStart(2, '0');
  const endMin = hour * 60 + minutes;
  return {
    date,
    start: { dateTime: `${date}T${pad(hour)}:00:00`, timeZone: 'Romance Standard Time' },
    end: { dateTime: `${date}T${pad(Math.floor(endMin / 60))}:${pad(endMin % 60)}:00`, timeZone: 'Romance Standard Time' },
  };
}
