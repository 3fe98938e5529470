import { formatCount, isHiddenRegion, isKnownHiddenReason, isKnownReferralStatus, statusRows } from './platform-overview-model';

describe('statusRows', () => {
  it('lists the known statuses in order, with 0 for a missing one', () => {
    expect(statusRows({ sent: 3, dead: 1 }, ['pending', 'sending', 'sent', 'dead'])).toEqual([
      { status: 'pending', count: 0 },
      { status: 'sending', count: 0 },
      { status: 'sent', count: 3 },
      { status: 'dead', count: 1 },
    ]);
  });

  it('keeps a status the UI does not know, after the known ones, alphabetically', () => {
    expect(statusRows({ zzz: 2, aaa: 1, sent: 4 }, ['sent'])).toEqual([
      { status: 'sent', count: 4 },
      { status: 'aaa', count: 1 },
      { status: 'zzz', count: 2 },
    ]);
  });
});

describe('isHiddenRegion', () => {
  it('is hidden when the grid gives a reason instead of a number', () => {
    expect(isHiddenRegion({ region: 'twente', reason: 'too_few' })).toBe(true);
    expect(isHiddenRegion({ region: 'twente', organisations: 7 })).toBe(false);
  });
});

describe('known words', () => {
  it('knows the referral statuses and hidden reasons it has words for', () => {
    expect(isKnownReferralStatus('accepted')).toBe(true);
    expect(isKnownReferralStatus('toString')).toBe(false);
    expect(isKnownHiddenReason('protects_another')).toBe(true);
    expect(isKnownHiddenReason('other')).toBe(false);
  });
});

describe('formatCount', () => {
  it('groups thousands the way the locale does', () => {
    expect(formatCount(1234567, 'nl')).toBe('1.234.567');
    expect(formatCount(1234567, 'en')).toBe('1,234,567');
    expect(formatCount(0, 'nl')).toBe('0');
  });
});
