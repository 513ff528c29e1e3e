import { formatDate, formatDateTime, formatLongDate, formatNumber, formatWeek } from '../../../src/domain/dateFormats';
import { formatTime } from '../../../src/domain/timeOfDay';

const nov26 = new Date(2026, 10, 26, 13, 30);

describe('Danish and English formatting', () => {
  it('writes dates the Danish way', () => {
    expect(formatDate(nov26, 'da')).toBe('26. november 2026');
    expect(formatDate(nov26, 'en')).toBe('26 November 2026');
    expect(formatLongDate(nov26, 'da')).toBe('torsdag den 26. november 2026');
    expect(formatLongDate(nov26, 'en')).toBe('Thursday, 26 November 2026');
  });

  it('uses the 24-hour clock with "kl." and a full stop in Danish', () => {
    expect(formatTime(nov26, 'da')).toBe('kl. 13.30');
    expect(formatTime(nov26, 'en')).toBe('13:30');
    expect(formatTime(new Date(2026, 0, 5, 8, 5), 'da')).toBe('kl. 08.05');
    expect(formatDateTime(nov26, 'da')).toBe('26. november 2026 kl. 13.30');
    expect(formatDateTime(nov26, 'en')).toBe('26 November 2026, 13:30');
  });

  it('formats in a given time zone', () => {
    const utcNoon = new Date(Date.UTC(2026, 6, 1, 12, 0));
    expect(formatTime(utcNoon, 'da', { timeZone: 'Europe/Copenhagen' })).toBe('kl. 14.00');
    expect(formatTime(utcNoon, 'en', { timeZone: 'UTC' })).toBe('12:00');
  });

  it('names the week', () => {
    expect(formatWeek(nov26, 'da')).toBe('uge 48');
    expect(formatWeek(nov26, 'en')).toBe('week 48');
  });

  it('groups digits per language', () => {
    expect(formatNumber(100000, 'da')).toBe('100.000');
    expect(formatNumber(100000, 'en')).toBe('100,000');
  });
});
