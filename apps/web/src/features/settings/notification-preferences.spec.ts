import { REMINDER_KINDS, withPreference, type NotificationPreferences } from './notification-preferences';

const allOn: NotificationPreferences = { scan: true, rescan: true, schemes: true, plan: true, referrals: true, publisher: true, offers: true };

describe('reminder preferences', () => {
  it('lists each kind the API knows once', () => {
    expect([...REMINDER_KINDS].sort()).toEqual(['offers', 'plan', 'publisher', 'referrals', 'rescan', 'scan', 'schemes']);
  });

  it('switches one kind and leaves the others alone', () => {
    const off = withPreference(allOn, 'scan', false);
    expect(off).toEqual({ ...allOn, scan: false });
    expect(allOn.scan).toBe(true);
    // Undoing a failed save puts back just that kind, keeping another change made meanwhile.
    const meanwhile = withPreference(off, 'plan', false);
    expect(withPreference(meanwhile, 'scan', true)).toEqual({ ...allOn, plan: false });
  });
});
