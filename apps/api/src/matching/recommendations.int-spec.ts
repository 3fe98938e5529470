import { type RecommendationsResponse } from '@groeiwijzer/contracts';
import { NOWHERE, signedIn } from '../testing/access-fixtures';
import { ADMIN } from '../testing/catalogue-fixtures';
import { catalogue, fitting, scannedOwner } from '../testing/matching-fixtures';
import { startTestApp, type TestApp } from '../testing/test-app';

/* Every test gives its organisation a region of its own and publishes only items for that
 * region, so the tests' catalogues never mix, whatever order they run in. */
describe('recommendations: eligible items for the weak spots, explained', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ ...ADMIN, QUIET_HOURS: 'off' });
  });
  afterAll(() => t.close());

  const ids = (body: RecommendationsResponse) => new Set([...body.items, ...body.groups.flatMap((g) => g.items)].map((r) => r.item.id));

  it('never recommends an item that fails eligibility, and gives each weak spot every kind that has an eligible item', async () => {
    const region = 'groningen';
    const owner = await scannedOwner(t, { weak: ['leadership', 'collaboration'], region });
    const cat = await catalogue(t);
    const good: Record<string, string> = {};
    for (const aspect of ['leadership', 'collaboration'] as const) {
      for (const kind of ['scheme', 'training', 'coach'] as const) good[`${aspect}/${kind}`] = await cat.add(fitting(t, kind, aspect, region));
    }
    const trap = (overrides: Parameters<typeof fitting>[4], kind: 'scheme' | 'training' | 'coach' = 'training') =>
      cat.add(fitting(t, kind, 'leadership', region, { title: `Valkuil ${Object.keys(overrides ?? {}).join(' ')}`, ...overrides }));
    const traps = {
      expired: await trap({ validUntil: t.clock.day(-1) }),
      notYetValid: await trap({ validFrom: t.clock.day(1) }),
      otherRegion: await trap({ regions: ['drenthe'] }),
      otherSector: await trap({ sectors: ['Q'] }),
      otherSize: await trap({ sizeClasses: ['medium'] }),
      closedWindow: await trap({ scheme: { windows: [{ opens: t.clock.day(-60), closes: t.clock.day(-1) }] } }, 'scheme'),
      windowTooFar: await trap({ scheme: { windows: [{ opens: t.clock.day(120), closes: t.clock.day(200) }] } }, 'scheme'),
      fullCoach: await trap({ coach: { coachType: 'consularis', entrepreneurExperience: true, capacity: 1 } }, 'coach'),
    };
    // Another company in the region takes the full coach's only place.
    const other = await scannedOwner(t, { region });
    expect((await other.client.post(`/api/organisations/${other.organisationId}/referrals`, { coachItemId: traps.fullCoach, message: 'Graag hulp', share: 'none' })).status).toBe(201);

    const r = await owner.client.get<RecommendationsResponse>(`/api/organisations/${owner.organisationId}/recommendations`);
    expect(r.status).toBe(200);
    expect(r.body.basedOn).toMatchObject({ roundId: owner.roundId, weakSpots: ['leadership', 'collaboration'], mode: 'weak_spots' });
    const shown = ids(r.body);
    for (const [name, id] of Object.entries(traps)) expect({ name, shown: shown.has(id) }).toEqual({ name, shown: false });
    for (const [name, id] of Object.entries(good)) expect({ name, shown: shown.has(id) }).toEqual({ name, shown: true });
    for (const group of r.body.groups) {
      expect(new Set(group.items.map((i) => i.item.kind))).toEqual(new Set(['scheme', 'training', 'coach']));
      expect(group.items.every((i) => i.aspect === group.aspect && i.eligibility.every((c) => c.result !== 'fail'))).toBe(true);
    }
    expect(r.body.gaps).toEqual([]);
    // Reasons in plain Dutch: the score, the region.
    const training = r.body.items.find((i) => i.item.id === good['leadership/training'])!;
    expect(training.reasons.map((x) => x.text).join(' ')).toMatch(/Leiderschap gericht op ontwikkelen scoort 1,0 van 5/);
    expect(training.reasons.some((x) => x.code === 'regional')).toBe(true);

    // The item page's "past bij jullie" says why a trap does not fit.
    const why = await owner.client.get(`/api/items/${traps.otherSize}/eligibility?organisationId=${owner.organisationId}`);
    expect(why.body).toMatchObject({ organisationId: owner.organisationId, eligible: false });
    expect(why.body.checks.find((c: { criterion: string }) => c.criterion === 'size')).toMatchObject({ result: 'fail' });
    const full = await owner.client.get(`/api/items/${traps.fullCoach}/eligibility?organisationId=${owner.organisationId}`);
    expect(full.body.checks.find((c: { criterion: string }) => c.criterion === 'capacity')).toMatchObject({ result: 'fail', text: 'Heeft nu geen plek' });
  });

  it('follows the owner\'s choices: a kind, only regional, only free; and says so', async () => {
    const region = 'friesland';
    const owner = await scannedOwner(t, { weak: ['work_content', 'room_and_safety'], region });
    const cat = await catalogue(t);
    const paid = await cat.add(fitting(t, 'training', 'work_content', region, { costEur: 450 }));
    const free = await cat.add(fitting(t, 'training', 'work_content', region, { costEur: 0, title: 'Gratis training vakmanschap' }));
    const coachId = await cat.add(fitting(t, 'coach', 'work_content', region));
    const base = `/api/organisations/${owner.organisationId}/recommendations`;

    const trainings = await owner.client.get<RecommendationsResponse>(`${base}?kind=training`);
    expect(trainings.body.items.map((i) => i.item.kind).every((k) => k === 'training')).toBe(true);
    expect(ids(trainings.body).has(coachId)).toBe(false);
    const onlyFree = await owner.client.get<RecommendationsResponse>(`${base}?freeOnly=true&kind=training`);
    expect([...ids(onlyFree.body)]).toEqual([free]);
    expect(onlyFree.body.explanation.map((e) => e.code)).toEqual(expect.arrayContaining(['pref_free', 'pref_kinds']));
    const both = await owner.client.get<RecommendationsResponse>(`${base}?regionalOnly=true`);
    expect(ids(both.body)).toEqual(new Set([paid, free, coachId]));
    // room_and_safety has nothing at all: a real gap; with ?freeOnly the paid training is left out by choice only.
    const gaps = await owner.client.get<RecommendationsResponse>(`${base}?freeOnly=true`);
    expect(gaps.body.gaps).toEqual(expect.arrayContaining([
      expect.objectContaining({ aspect: 'room_and_safety', kind: 'training', reason: 'none_eligible' }),
    ]));
  });

  it('dismissed items stay away until undone; dismissing is idempotent; unknown items are 404', async () => {
    const region = 'drenthe';
    const owner = await scannedOwner(t, { weak: ['outside_connection', 'leadership'], region });
    const cat = await catalogue(t);
    const item = await cat.add(fitting(t, 'training', 'outside_connection', region));
    const path = `/api/organisations/${owner.organisationId}/recommendations`;
    expect(ids((await owner.client.get(path)).body).has(item)).toBe(true);

    expect((await owner.client.post(`${path}/${item}/dismiss`)).status).toBe(204);
    expect((await owner.client.post(`${path}/${item}/dismiss`)).status).toBe(204);
    const after = (await owner.client.get<RecommendationsResponse>(path)).body;
    expect(ids(after).has(item)).toBe(false);
    expect(after.dismissed).toEqual([expect.objectContaining({ itemId: item, kind: 'training', title: 'Training outside_connection' })]);
    expect(after.gaps).toEqual(expect.arrayContaining([expect.objectContaining({ aspect: 'outside_connection', kind: 'training' })]));

    expect((await owner.client.delete(`${path}/${item}/dismiss`)).status).toBe(204);
    expect((await owner.client.delete(`${path}/${item}/dismiss`)).status).toBe(204);
    const undone = (await owner.client.get<RecommendationsResponse>(path)).body;
    expect(ids(undone).has(item)).toBe(true);
    expect(undone.dismissed).toEqual([]);

    expect((await owner.client.post(`${path}/${NOWHERE}/dismiss`)).status).toBe(404);
    const stranger = await signedIn(t, 'buurman');
    expect((await stranger.client.post(`${path}/${item}/dismiss`)).status).toBe(404);
    expect((await stranger.client.get(path)).status).toBe(404);
  });

  it('records each weak spot without any eligible item of a kind, and clears it once one exists', async () => {
    const region = 'regio-zwolle';
    const owner = await scannedOwner(t, { weak: ['learning_organisation', 'room_and_safety'], region, sector: 'F', employees: 30 });
    const cat = await catalogue(t);
    await cat.add(fitting(t, 'training', 'learning_organisation', region));
    const path = `/api/organisations/${owner.organisationId}/recommendations`;
    const gapsIn = async () => (await t.db.query(
      `SELECT aspect, kind, region, sector, size_class, round_id, first_seen_on::text AS first, last_seen_on::text AS last FROM matching_gaps
        WHERE organisation_id = $1 ORDER BY aspect, kind`, [owner.organisationId])) as Record<string, string>[];

    const first = await owner.client.get<RecommendationsResponse>(path);
    expect(first.body.gaps.map((g) => `${g.aspect}/${g.kind}/${g.reason}`).sort()).toEqual([
      'learning_organisation/coach/none_eligible', 'learning_organisation/scheme/none_eligible',
      'room_and_safety/coach/none_eligible', 'room_and_safety/scheme/none_eligible', 'room_and_safety/training/none_eligible',
    ]);
    const today = t.clock.today();
    expect(await gapsIn()).toEqual([
      ['learning_organisation', 'coach'], ['learning_organisation', 'scheme'], ['room_and_safety', 'coach'], ['room_and_safety', 'scheme'],
      ['room_and_safety', 'training'],
    ].map(([aspect, kind]) => ({ aspect, kind, region, sector: 'F', size_class: 'small', round_id: owner.roundId, first: today, last: today })));

    // A gap only the owner's choice makes (no free training) is not a gap in the region.
    await owner.client.get(`${path}?freeOnly=true`);
    expect((await gapsIn()).length).toBe(5);
    // A kind filter leaves the other kinds' gaps alone.
    await owner.client.get(`${path}?kind=training`);
    expect((await gapsIn()).length).toBe(5);

    await cat.add(fitting(t, 'scheme', 'room_and_safety', region));
    await cat.add(fitting(t, 'coach', 'learning_organisation', region));
    await owner.client.get(path);
    expect((await gapsIn()).map((g) => `${g.aspect}/${g.kind}`)).toEqual(['learning_organisation/scheme', 'room_and_safety/coach', 'room_and_safety/training']);
  });

  it('without a closed round: a list by profile, and an invitation to scan first; no gaps recorded', async () => {
    const region = 'achterhoek';
    const owner = await scannedOwner(t, { region });
    const cat = await catalogue(t);
    const items = [await cat.add(fitting(t, 'scheme', 'leadership', region)), await cat.add(fitting(t, 'coach', 'work_content', region))];
    const r = await owner.client.get<RecommendationsResponse>(`/api/organisations/${owner.organisationId}/recommendations`);
    expect(r.status).toBe(200);
    expect(r.body.basedOn).toEqual({ roundId: null, roundTitle: null, closedAt: null, weakSpots: [], mode: 'profile' });
    expect(r.body.groups).toHaveLength(1);
    expect(r.body.groups[0].intro).toMatch(/scan/i);
    expect(ids(r.body)).toEqual(new Set(items));
    expect(r.body.gaps).toEqual([expect.objectContaining({ aspect: null, kind: 'training', reason: 'none_eligible' })]);
    expect(await t.db.query(`SELECT 1 FROM matching_gaps WHERE organisation_id = $1`, [owner.organisationId])).toEqual([]);
  });

  it('a company that scores high everywhere still gets its relatively weakest aspect, said honestly', async () => {
    const region = 'twente';
    const owner = await scannedOwner(t, { weak: ['collaboration', 'work_content'], allHigh: true, region });
    const cat = await catalogue(t);
    const item = await cat.add(fitting(t, 'training', 'collaboration', region));
    const r = await owner.client.get<RecommendationsResponse>(`/api/organisations/${owner.organisationId}/recommendations`);
    expect(r.body.basedOn.mode).toBe('all_high');
    expect(r.body.groups.map((g) => g.aspect)).toEqual(['collaboration']);
    expect(r.body.groups[0].intro).toMatch(/^Jullie scoren overal goed/);
    expect([...ids(r.body)]).toEqual([item]);
  });

  it('marks items already on the plan, and answers in English when asked', async () => {
    const region = 'flevoland';
    const owner = await scannedOwner(t, { weak: ['leadership', 'work_content'], region });
    const cat = await catalogue(t);
    const item = await cat.add(fitting(t, 'training', 'leadership', region));
    await t.db.query(
      `INSERT INTO plan_steps (organisation_id, title, aspect, item_id, status, created_at, updated_at) VALUES ($1, 'Training volgen', 'leadership', $2, 'planned', now(), now())`,
      [owner.organisationId, item],
    );
    owner.client.locale = 'en';
    const r = await owner.client.get<RecommendationsResponse>(`/api/organisations/${owner.organisationId}/recommendations`);
    expect(r.body.items.find((i) => i.item.id === item)).toMatchObject({ inPlan: true });
    expect(r.body.groups[0].intro).toMatch(/scores 1\.0 out of 5/);
  });

  describe('bad input: a 4xx naming the field, and nothing recorded', () => {
    it('refuses an unknown round, another organisation\'s round, an open round and a withheld round', async () => {
      const region = 'midden-utrecht';
      const owner = await scannedOwner(t, { weak: ['leadership', 'collaboration'], region });
      const other = await scannedOwner(t, { weak: ['leadership', 'collaboration'], region });
      const open = await owner.client.post(`/api/organisations/${owner.organisationId}/rounds`, { title: 'Nog open', closesAt: t.clock.day(3) });
      const withheld = await owner.client.post(`/api/organisations/${owner.organisationId}/rounds`, { title: 'Te weinig', closesAt: t.clock.day(3) });
      await owner.client.post(`/api/rounds/${withheld.body.id}/close`);
      const path = `/api/organisations/${owner.organisationId}/recommendations`;
      const cases: [string, string][] = [
        [NOWHERE, 'is geen scan van dit bedrijf'], [other.roundId!, 'is geen scan van dit bedrijf'],
        [open.body.id, 'is nog open: de uitkomsten komen als de scan sluit'], [withheld.body.id, 'heeft te weinig antwoorden voor een rapport'],
        ['geen-uuid', 'is niet geldig'],
      ];
      for (const [roundId, problem] of cases) {
        const r = await owner.client.get(`${path}?roundId=${roundId}`);
        expect({ roundId, status: r.status, fields: r.body.fields }).toEqual({ roundId, status: 400, fields: { roundId: problem } });
      }
      expect(await t.db.query(`SELECT 1 FROM matching_gaps WHERE organisation_id = $1`, [owner.organisationId])).toEqual([]);
      // The named round works when it is a ready one of this organisation.
      expect((await owner.client.get(`${path}?roundId=${owner.roundId}`)).body.basedOn.roundId).toBe(owner.roundId);
    });

    it('refuses unknown query fields and values', async () => {
      const owner = await scannedOwner(t, { region: 'amersfoort' });
      const path = `/api/organisations/${owner.organisationId}/recommendations`;
      const cases: [string, Record<string, string>][] = [
        ['kind=cursus', { kind: 'is geen geldige keuze' }],
        ['regionalOnly=ja', { regionalOnly: 'moet ja of nee zijn (true of false)' }],
        ['language=de', { language: 'is geen geldige keuze' }],
        ['sort=score', { sort: 'is geen bekend veld' }],
      ];
      for (const [query, fields] of cases) {
        const r = await owner.client.get(`${path}?${query}`);
        expect({ query, status: r.status, fields: r.body.fields }).toEqual({ query, status: 400, fields });
      }
      expect((await owner.client.get(`/api/items/${NOWHERE}/eligibility`)).status).toBe(400);
    });
  });

  it('answers a repeated request from its cache, and shows every change at once: an archived item, a full coach, a plan step', async () => {
    const region = 'zeeland';
    const owner = await scannedOwner(t, { weak: ['outside_connection', 'work_content'], region });
    const cat = await catalogue(t);
    const training = await cat.add(fitting(t, 'training', 'outside_connection', region));
    const coachId = await cat.add(fitting(t, 'coach', 'outside_connection', region, { coach: { coachType: 'consularis', entrepreneurExperience: true, capacity: 1 } }));
    const url = `/api/organisations/${owner.organisationId}/recommendations`;
    const first = await owner.client.get<RecommendationsResponse>(url);
    expect(ids(first.body)).toEqual(new Set([training, coachId]));
    expect((await owner.client.get<RecommendationsResponse>(url)).body).toEqual(first.body);

    // Another company takes the coach's only place: the coach is full, and gone from the list.
    const other = await scannedOwner(t, { region });
    expect((await other.client.post(`/api/organisations/${other.organisationId}/referrals`, { coachItemId: coachId, message: 'Graag hulp', share: 'none' })).status).toBe(201);
    expect(ids((await owner.client.get<RecommendationsResponse>(url)).body).has(coachId)).toBe(false);

    // The training goes on the plan: the list says so at once.
    await owner.client.post(`/api/organisations/${owner.organisationId}/plan`, { itemId: training, aspect: 'outside_connection' });
    expect((await owner.client.get<RecommendationsResponse>(url)).body.items.find((i) => i.item.id === training)?.inPlan).toBe(true);

    // The publisher archives it: it is gone from the next list.
    expect((await cat.editor.post(`/api/items/${training}/archive`)).status).toBe(200);
    expect(ids((await owner.client.get<RecommendationsResponse>(url)).body).has(training)).toBe(false);
  });
});

