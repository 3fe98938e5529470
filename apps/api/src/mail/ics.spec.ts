import { icsCalendar, icsEvent, icsText } from './ics';

describe('icsEvent', () => {
  it('writes one event that calendars can import', () => {
    const ics = icsEvent({
      uid: 'round-1@groeiwijzer',
      start: new Date('2027-03-31T20:59:00Z'),
      summary: 'Vragenlijst sluit: Scan voorjaar, Bakkerij',
      url: 'http://localhost:3000/s/abc',
      stamp: new Date('2027-03-01T09:00:00Z'),
    });
    expect(ics.split('\r\n')).toEqual([
      'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Groeiwijzer//NL', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'BEGIN:VEVENT',
      'UID:round-1@groeiwijzer', 'DTSTAMP:20270301T090000Z', 'DTSTART:20270331T205900Z', 'DTEND:20270331T212900Z',
      'SUMMARY:Vragenlijst sluit: Scan voorjaar\\, Bakkerij', 'URL:http://localhost:3000/s/abc', 'END:VEVENT', 'END:VCALENDAR', '',
    ]);
  });

  it('escapes text and folds long lines at 75 octets', () => {
    expect(icsText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
    const ics = icsEvent({ uid: 'x', start: new Date(0), summary: 'é'.repeat(60), stamp: new Date(0) });
    const summary = ics.split('\r\n').filter((l) => l.startsWith('SUMMARY') || l.startsWith(' '));
    expect(summary.length).toBeGreaterThan(1);
    for (const line of summary) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(summary.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(`SUMMARY:${'é'.repeat(60)}`);
  });
});

describe('icsCalendar', () => {
  it('writes a due date as an all-day event, and several events in one file', () => {
    const ics = icsCalendar([
      { uid: 'due@groeiwijzer', day: '2027-02-28', summary: 'Deadline: offerte', stamp: new Date('2027-02-01T09:00:00Z') },
      { uid: 'closes@groeiwijzer', start: new Date('2027-03-31T21:29:59Z'), end: new Date('2027-03-31T21:59:59Z'), summary: 'Aanvragen sluit', stamp: new Date('2027-02-01T09:00:00Z') },
    ]);
    const lines = ics.split('\r\n');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines).toContain('DTSTART;VALUE=DATE:20270228');
    expect(lines).toContain('DTEND;VALUE=DATE:20270301');
    expect(lines).toContain('DTEND:20270331T215959Z');
    expect(lines.filter((l) => l.startsWith('BEGIN:VCALENDAR'))).toHaveLength(1);
  });
});
