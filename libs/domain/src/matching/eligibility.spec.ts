import { checkEligibility, schemeWindowState } from './eligibility';
import { addMonths } from './dates';
import { item, org, TODAY } from './test-fixtures';
import { type EligibilityCriterion, type MatchItem } from './types';

const check = (it: MatchItem, today = TODAY, o = org()) => checkEligibility(it, o, today, 'nl');
const result = (it: MatchItem, criterion: EligibilityCriterion, today = TODAY) =>
  check(it, today).checks.find((c) => c.criterion === criterion);

describe('checkEligibility', () => {
  it('passes an item that fits, with every rule in words for the item page', () => {
    const e = check(item('s', 'scheme', { validUntil: '2026-03-31', scheme: { windows: [{ opens: '2026-02-01', closes: '2026-03-31' }] } }));
    expect(e.eligible).toBe(true);
    expect(e.checks.map((c) => [c.criterion, c.result, c.text])).toEqual([
      ['region', 'pass', 'In jullie regio (Twente)'],
      ['sector', 'pass', 'Voor alle sectoren'],
      ['size', 'pass', 'Voor elke bedrijfsgrootte'],
      ['validity', 'pass', 'Geldig tot en met 31 maart'],
      ['window', 'pass', 'Aanvragen kan tot en met 31 maart'],
    ]);
  });

  it('says it in English too, with the year when it is not this year', () => {
    const e = checkEligibility(item('t', 'training', { regions: ['landelijk'], validUntil: '2027-01-15' }), org(), TODAY, 'en');
    expect(e.checks.map((c) => c.text)).toEqual(['Available nationwide', 'Open to all sectors', 'For companies of any size', 'Valid until 15 January 2027']);
  });

  describe('region', () => {
    it('passes the own region and nationwide items; fails another region with what it takes', () => {
      expect(result(item('a', 'training', { regions: ['achterhoek', 'twente'] }), 'region')?.result).toBe('pass');
      expect(result(item('b', 'training', { regions: ['landelijk'] }), 'region')).toEqual({ criterion: 'region', result: 'pass', text: 'Landelijk aanbod' });
      expect(result(item('c', 'training', { regions: ['achterhoek', 'rijnmond'] }), 'region')).toEqual({
        criterion: 'region', result: 'fail', text: 'Alleen in Achterhoek en Rijnmond', fix: 'Alleen voor bedrijven in Achterhoek en Rijnmond.',
      });
    });
  });

  describe('sector', () => {
    it('passes an open item and one that lists the SBI letter; fails another sector', () => {
      expect(result(item('a', 'training', { sectors: [] }), 'sector')?.result).toBe('pass');
      expect(result(item('b', 'training', { sectors: ['C', 'F'] }), 'sector')?.text).toBe('Voor jullie sector (Industrie)');
      const fail = result(item('c', 'training', { sectors: ['F'] }), 'sector');
      expect(fail?.result).toBe('fail');
      expect(fail?.text).toBe('Alleen voor Bouwnijverheid');
    });
  });

  describe('size class', () => {
    it('passes all sizes and the own class; fails another class and says the company size', () => {
      expect(result(item('a', 'training', { sizeClasses: [] }), 'size')?.result).toBe('pass');
      expect(result(item('b', 'training', { sizeClasses: ['small', 'medium'] }), 'size')?.result).toBe('pass');
      const fail = result(item('c', 'training', { sizeClasses: ['medium'] }), 'size');
      expect(fail?.result).toBe('fail');
      expect(fail?.fix).toBe('Jullie hebben 24 medewerkers. Dit is voor middelgroot (50 tot 250 medewerkers).');
    });
  });

  describe('validity on boundary dates (inclusive)', () => {
    it.each([
      ['validUntil today', { validUntil: TODAY }, 'pass'],
      ['validUntil yesterday', { validUntil: '2026-03-09' }, 'fail'],
      ['validFrom today', { validFrom: TODAY }, 'pass'],
      ['validFrom tomorrow', { validFrom: '2026-03-11' }, 'fail'],
      ['no dates', {}, 'pass'],
      ['from and until today', { validFrom: TODAY, validUntil: TODAY }, 'pass'],
    ] as const)('%s → %s', (_label, dates, expected) => {
      expect(result(item('t', 'training', dates), 'validity')?.result).toBe(expected);
    });

    it('tells when a not-yet-valid item starts; an expired one has no fix', () => {
      expect(result(item('t', 'training', { validFrom: '2026-05-01' }), 'validity')).toMatchObject({ text: 'Pas geldig vanaf 1 mei', fix: 'Vanaf 1 mei kunnen jullie het gebruiken.' });
      const expired = result(item('t', 'training', { validUntil: '2026-02-28' }), 'validity');
      expect(expired).toMatchObject({ result: 'fail', text: 'Verlopen op 28 februari' });
      expect(expired?.fix).toBeUndefined();
    });
  });

  describe('scheme window', () => {
    const scheme = (windows: { opens: string; closes: string }[]) => item('s', 'scheme', { scheme: { windows } });

    it('counts a window that closes today', () => {
      expect(result(scheme([{ opens: '2026-01-01', closes: TODAY }]), 'window')?.result).toBe('pass');
      expect(result(scheme([{ opens: '2026-01-01', closes: '2026-03-09' }]), 'window')).toMatchObject({ result: 'fail', text: 'Aanvragen kan niet meer (gesloten op 9 maart)' });
    });

    it('counts a window that opens today', () => {
      expect(result(scheme([{ opens: TODAY, closes: '2026-04-01' }]), 'window')?.result).toBe('pass');
    });

    it.each([
      // today, the last opening day that counts (today + 3 calendar months), the first that does not
      ['2026-03-10', '2026-06-10', '2026-06-11'],
      ['2026-11-30', '2027-02-28', '2027-03-01'],
      ['2027-11-30', '2028-02-29', '2028-03-01'],
      ['2026-08-31', '2026-11-30', '2026-12-01'],
      ['2026-12-31', '2027-03-31', '2027-04-01'],
      ['2027-01-31', '2027-04-30', '2027-05-01'],
    ])('on %s a window opening %s counts, one opening %s does not', (today, last, first) => {
      expect(addMonths(today, 3)).toBe(last);
      expect(result(scheme([{ opens: last, closes: '2028-12-31' }]), 'window', today)?.result).toBe('pass');
      const later = result(scheme([{ opens: first, closes: '2028-12-31' }]), 'window', today);
      expect(later?.result).toBe('fail');
      expect(later?.fix).toMatch(/^Vanaf .* kunnen jullie aanvragen\.$/);
    });

    it('drops a scheme whose windows all closed, keeps one with a later window in reach', () => {
      const past = { opens: '2025-01-01', closes: '2025-03-31' };
      expect(check(scheme([past, { opens: '2025-09-01', closes: '2025-10-01' }])).eligible).toBe(false);
      expect(check(scheme([past, { opens: '2026-04-01', closes: '2026-05-01' }])).eligible).toBe(true);
      expect(result(scheme([past, { opens: '2026-04-01', closes: '2026-05-01' }]), 'window')?.text).toBe('Aanvragen kan vanaf 1 april');
    });

    it('treats a scheme without windows as unknown and eligible', () => {
      const e = check(scheme([]));
      expect(e.eligible).toBe(true);
      expect(e.checks.find((c) => c.criterion === 'window')).toEqual({ criterion: 'window', result: 'unknown', text: 'Geen aanvraagtermijn bekend' });
      expect(check(item('s', 'scheme', { scheme: null })).eligible).toBe(true);
    });

    it('takes the open window that closes last as the deadline', () => {
      const w = schemeWindowState([{ opens: '2026-01-01', closes: '2026-03-20' }, { opens: '2026-03-01', closes: '2026-06-30' }], TODAY);
      expect(w).toEqual({ state: 'open', window: { opens: '2026-03-01', closes: '2026-06-30' } });
    });

    it('has no window check for trainings and coaches', () => {
      expect(result(item('t', 'training'), 'window')).toBeUndefined();
      expect(result(item('c', 'coach'), 'window')).toBeUndefined();
    });
  });

  describe('coach capacity', () => {
    it('needs room for one more referral', () => {
      expect(check(item('c', 'coach', { coach: { capacity: 3, openReferrals: 2 } })).eligible).toBe(true);
      const full = check(item('c', 'coach', { coach: { capacity: 3, openReferrals: 3 } }));
      expect(full.eligible).toBe(false);
      expect(full.checks.find((c) => c.criterion === 'capacity')).toMatchObject({ result: 'fail', text: 'Heeft nu geen plek' });
      expect(check(item('c', 'coach', { coach: { capacity: 0, openReferrals: 0 } })).eligible).toBe(false);
      expect(check(item('c', 'coach', { coach: null })).eligible).toBe(false);
    });
  });

  it('lists every failing criterion of a near miss, so the page can say what would help', () => {
    const e = check(item('t', 'training', { regions: ['rijnmond'], sizeClasses: ['medium'] }));
    expect(e.eligible).toBe(false);
    expect(e.checks.filter((c) => c.result === 'fail').map((c) => c.criterion)).toEqual(['region', 'size']);
  });

  it('never reads the clock: today must be given as a calendar date', () => {
    expect(() => checkEligibility(item('t', 'training'), org(), '2026-02-30', 'nl')).toThrow(RangeError);
    expect(() => checkEligibility(item('t', 'training'), org(), '10-03-2026', 'nl')).toThrow(RangeError);
  });
});
