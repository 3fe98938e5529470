import { addDays } from './dates';
import { addWorkingDays, dutchPublicHolidays, easterSunday, isDutchPublicHoliday, isWorkingDay, workingDaysBetween } from './working-days';

describe('Dutch public holidays', () => {
  // Easter, Koningsdag, Hemelvaartsdag and Tweede Pinksterdag as the published Dutch calendars give them.
  it.each([
    [2024, '2024-03-31', '2024-04-27', '2024-05-09', '2024-05-20'],
    [2025, '2025-04-20', '2025-04-26', '2025-05-29', '2025-06-09'],
    [2026, '2026-04-05', '2026-04-27', '2026-05-14', '2026-05-25'],
    [2027, '2027-03-28', '2027-04-27', '2027-05-06', '2027-05-17'],
    [2028, '2028-04-16', '2028-04-27', '2028-05-25', '2028-06-05'],
    [2029, '2029-04-01', '2029-04-27', '2029-05-10', '2029-05-21'],
    [2030, '2030-04-21', '2030-04-27', '2030-05-30', '2030-06-10'],
    [2031, '2031-04-13', '2031-04-26', '2031-05-22', '2031-06-02'],
    [2035, '2035-03-25', '2035-04-27', '2035-05-03', '2035-05-14'],
  ])('%i: Easter %s, Koningsdag %s, Hemelvaart %s, Tweede Pinksterdag %s', (year, easter, kings, ascension, whitMonday) => {
    expect(easterSunday(year)).toBe(easter);
    const byKey = Object.fromEntries(dutchPublicHolidays(year).map((h) => [h.key, h.date]));
    expect(byKey.kings_day).toBe(kings);
    expect(byKey.ascension).toBe(ascension);
    expect(byKey.whit_monday).toBe(whitMonday);
  });

  it('lists the ten days of 2026 with Dutch names, in date order', () => {
    expect(dutchPublicHolidays(2026).map((h) => `${h.date} ${h.name}`)).toEqual([
      '2026-01-01 Nieuwjaarsdag',
      '2026-04-05 Eerste Paasdag',
      '2026-04-06 Tweede Paasdag',
      '2026-04-27 Koningsdag',
      '2026-05-05 Bevrijdingsdag',
      '2026-05-14 Hemelvaartsdag',
      '2026-05-24 Eerste Pinksterdag',
      '2026-05-25 Tweede Pinksterdag',
      '2026-12-25 Eerste Kerstdag',
      '2026-12-26 Tweede Kerstdag',
    ]);
    expect(dutchPublicHolidays(2026, 'en')[0].name).toBe("New Year's Day");
  });

  it('keeps Goede Vrijdag a working day and Bevrijdingsdag a holiday every year', () => {
    expect(isWorkingDay('2026-04-03')).toBe(true); // Goede Vrijdag
    expect(isDutchPublicHoliday('2026-05-05')).toBe(true); // not a lustrum year
    expect(isDutchPublicHoliday('2025-05-05')).toBe(true); // lustrum
  });
});

describe('working days', () => {
  it('skips weekends', () => {
    expect(addWorkingDays('2026-03-06', 1)).toBe('2026-03-09'); // Friday → Monday
    expect(addWorkingDays('2026-03-07', 1)).toBe('2026-03-09'); // Saturday → Monday
    expect(addWorkingDays('2026-03-02', 5)).toBe('2026-03-09'); // Monday → next Monday
    expect(addWorkingDays('2026-03-02', 0)).toBe('2026-03-02');
  });

  it('skips Easter Monday but not Good Friday', () => {
    expect(addWorkingDays('2026-04-02', 1)).toBe('2026-04-03'); // Thursday → Goede Vrijdag
    expect(addWorkingDays('2026-04-03', 1)).toBe('2026-04-07'); // → past Easter to Tuesday
    expect(workingDaysBetween('2026-04-02', '2026-04-07')).toBe(2);
  });

  it('reminds after 5 and lapses after 10 working days around Koningsdag and Bevrijdingsdag', () => {
    expect(addWorkingDays('2026-04-24', 5)).toBe('2026-05-04');
    expect(addWorkingDays('2026-04-24', 10)).toBe('2026-05-12');
    expect(workingDaysBetween('2026-04-24', '2026-05-03')).toBe(4);
    expect(workingDaysBetween('2026-04-24', '2026-05-04')).toBe(5);
  });

  it('moves Koningsdag to Saturday when the 27th is a Sunday (2025)', () => {
    expect(isDutchPublicHoliday('2025-04-26')).toBe(true);
    expect(isDutchPublicHoliday('2025-04-27')).toBe(false);
    expect(isWorkingDay('2025-04-28')).toBe(true);
  });

  it('skips Christmas and New Year', () => {
    expect(addWorkingDays('2026-12-24', 1)).toBe('2026-12-28'); // Thu → past Fri 25, weekend
    expect(addWorkingDays('2026-12-31', 1)).toBe('2027-01-04'); // Thu → past Fri 1 Jan, weekend
    expect(addWorkingDays('2027-12-23', 5)).toBe('2027-12-30'); // Christmas 2027 falls on the weekend
    expect(workingDaysBetween('2026-12-18', '2027-01-08')).toBe(13); // 15 weekdays less Fri 25 Dec and Fri 1 Jan
  });

  it('skips Hemelvaart and Pinksteren', () => {
    expect(addWorkingDays('2026-05-13', 1)).toBe('2026-05-15');
    expect(addWorkingDays('2026-05-22', 1)).toBe('2026-05-26');
  });

  it('counts a Date as its Amsterdam day', () => {
    // 23:30 UTC on 26 April is 01:30 on Koningsdag in Amsterdam (summer time).
    expect(isWorkingDay(new Date('2026-04-26T23:30:00Z'))).toBe(false);
    // 23:30 UTC on 9 March is 00:30 on Tuesday 10 March (winter time).
    expect(addWorkingDays(new Date('2026-03-09T23:30:00Z'), 1)).toBe('2026-03-11');
  });

  it('agrees with itself: n working days after a day are n working days away', () => {
    for (let start = '2025-12-01'; start < '2027-02-01'; start = addDays(start, 3)) {
      for (const n of [1, 5, 10]) {
        const end = addWorkingDays(start, n);
        expect(isWorkingDay(end)).toBe(true);
        expect(workingDaysBetween(start, end)).toBe(n);
        expect(workingDaysBetween(start, addDays(end, -1))).toBe(n - 1);
      }
    }
  });

  it('refuses nonsense', () => {
    expect(() => addWorkingDays('2026-03-02', -1)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-13-01', 1)).toThrow(RangeError);
    expect(workingDaysBetween('2026-03-09', '2026-03-02')).toBe(0);
  });
});
