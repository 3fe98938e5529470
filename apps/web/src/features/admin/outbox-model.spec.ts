import { canResend, completeCounts, parseStatusFilter, showsNextAttempt } from './outbox-model';

describe('the outbox rules', () => {
  it('reads only known statuses from the address bar', () => {
    expect(parseStatusFilter('dead')).toBe('dead');
    expect(parseStatusFilter('sent')).toBe('sent');
    expect(parseStatusFilter(null)).toBeNull();
    expect(parseStatusFilter('')).toBeNull();
    expect(parseStatusFilter('DEAD')).toBeNull();
    expect(parseStatusFilter('toString')).toBeNull();
  });

  it('offers sending again for failed and waiting mail only', () => {
    expect(canResend('dead')).toBe(true);
    expect(canResend('pending')).toBe(true);
    expect(canResend('sending')).toBe(false);
    expect(canResend('sent')).toBe(false);
  });

  it('shows a next attempt only for mail still on its way', () => {
    expect(showsNextAttempt('pending')).toBe(true);
    expect(showsNextAttempt('sending')).toBe(true);
    expect(showsNextAttempt('sent')).toBe(false);
    expect(showsNextAttempt('dead')).toBe(false);
  });

  it('fills in missing counts with 0', () => {
    expect(completeCounts({ dead: 2, sent: 40 })).toEqual({ pending: 0, sending: 0, sent: 40, dead: 2 });
    expect(completeCounts(undefined)).toEqual({ pending: 0, sending: 0, sent: 0, dead: 0 });
  });
});
