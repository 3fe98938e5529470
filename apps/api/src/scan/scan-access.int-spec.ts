import { INSTRUMENT_V1 } from '@groeiwijzer/domain';
import { type HttpClient } from '../testing/http-client';
import { startTestApp, type TestApp } from '../testing/test-app';
import { NOWHERE, organisationOwner, rowOf, signedIn } from '../testing/access-fixtures';

const ITEMS = INSTRUMENT_V1.items;
const VALUE = 'moet 1 tot en met 5 zijn, of "weet ik niet"';

/** Every statement answered, in a pattern that shows when answers get mixed up or dropped. */
function fullAnswers(shift = 0): Record<string, number | null> {
  return Object.fromEntries(ITEMS.map((item, n) => [item.id, (n + shift) % 7 === 6 ? null : ((n + shift) % 5) + 1]));
}

describe('scan rounds: strangers learn nothing and change nothing; the self-assessment reads back as given', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ QUIET_HOURS: 'off' });
  });
  afterAll(() => t.close());

  async function newRound(owner: HttpClient, organisationId: string): Promise<string> {
    const r = await owner.post(`/api/organisations/${organisationId}/rounds`, { title: 'Scan voorjaar', closesAt: t.clock.day(14) });
    expect(r.status).toBe(201);
    return r.body.id;
  }

  /** An owner's closed round with everything a stranger could reach for: a self-assessment, a
   * shared report and a planned follow-up session. */
  async function roundWithEverything() {
    const owner = await organisationOwner(t, 'eigenaar');
    const roundId = await newRound(owner.client, owner.organisationId);
    const answers = fullAnswers();
    expect((await owner.client.post(`/api/rounds/${roundId}/self-assessment`, { answers })).status).toBe(201);
    expect((await owner.client.post(`/api/rounds/${roundId}/close`)).status).toBe(200);
    const shared = await owner.client.post(`/api/rounds/${roundId}/report-share`);
    expect(shared.status).toBe(200);
    const planned = await owner.client.put(`/api/rounds/${roundId}/follow-up`, { startsAt: `${t.clock.day(10)}T15:30`, location: 'Kantine' });
    expect(planned.status).toBe(200);
    return { owner, roundId, answers, reportShareUrl: shared.body.reportShareUrl as string };
  }

  /** What a refused request must leave alone: the round (share link, follow-up, status), the
   * self-assessment, and the mails about the follow-up. */
  async function state(roundId: string) {
    const mails = await t.db.query(`SELECT kind, count(*)::int AS n FROM mail_outbox WHERE idempotency_key LIKE $1 GROUP BY kind ORDER BY kind`, [`%${roundId}%`]);
    return {
      round: await rowOf(t, 'scan_rounds', roundId),
      selfAssessment: await rowOf(t, 'scan_self_assessments', roundId, 'round_id'),
      mails,
    };
  }

  function strangerRequests(roundId: string) {
    return [
      ['GET', `/api/rounds/${roundId}/self-assessment`, undefined],
      ['POST', `/api/rounds/${roundId}/self-assessment`, { answers: fullAnswers(3) }],
      ['DELETE', `/api/rounds/${roundId}/report-share`, undefined],
      ['GET', `/api/rounds/${roundId}/qr.svg`, undefined],
      ['GET', `/api/rounds/${roundId}/follow-up`, undefined],
      ['GET', `/api/rounds/${roundId}/follow-up.ics`, undefined],
      ['DELETE', `/api/rounds/${roundId}/follow-up`, undefined],
    ] as const;
  }

  it('a signed-in owner of another organisation gets 404 on each round route, as for a round that does not exist, and nothing changes', async () => {
    const { owner, roundId, answers, reportShareUrl } = await roundWithEverything();
    const stranger = await organisationOwner(t, 'vreemde');
    const before = await state(roundId);
    const ownerViewBefore = (await owner.client.get(`/api/rounds/${roundId}`)).body;

    for (const [method, path, body] of strangerRequests(roundId)) {
      const r = await stranger.client.request(method, path, body);
      const missing = await stranger.client.request(method, path.replace(roundId, NOWHERE), body);
      expect([method, path, r.status]).toEqual([method, path, 404]);
      expect(r.body).toEqual(missing.body);
      // Nothing of the owner's round leaks into the answer.
      expect(JSON.stringify(r.body)).not.toMatch(/Kantine|BEGIN:VCALENDAR|<svg|rapport\//);
    }

    expect(await state(roundId)).toEqual(before);
    expect((await owner.client.get(`/api/rounds/${roundId}`)).body).toEqual(ownerViewBefore);
    expect((await owner.client.get(`/api/rounds/${roundId}/self-assessment`)).body).toEqual({ answers });
    expect((await owner.client.get(`/api/rounds/${roundId}/follow-up`)).body.followUp).toMatchObject({ location: 'Kantine' });
    expect((await t.client().get(`/api/shared-reports/${reportShareUrl.split('/rapport/')[1]}`)).status).toBe(200);
  });

  it('a signed-in user with no organisation at all gets the same 404s', async () => {
    const { roundId } = await roundWithEverything();
    const { client: loner } = await signedIn(t, 'zonder-bedrijf');
    const before = await state(roundId);
    for (const [method, path, body] of strangerRequests(roundId)) {
      expect([method, path, (await loner.request(method, path, body)).status]).toEqual([method, path, 404]);
    }
    expect(await state(roundId)).toEqual(before);
  });

  it('a stranger\'s self-assessment does not land on an open round without one either', async () => {
    const owner = await organisationOwner(t, 'open-eigenaar');
    const roundId = await newRound(owner.client, owner.organisationId);
    const stranger = await organisationOwner(t, 'open-vreemde');
    const post = await stranger.client.post(`/api/rounds/${roundId}/self-assessment`, { answers: fullAnswers() });
    expect(post.status).toBe(404);
    expect(await rowOf(t, 'scan_self_assessments', roundId, 'round_id')).toBeNull();
    expect((await owner.client.get(`/api/rounds/${roundId}`)).body.selfAssessmentDone).toBe(false);
  });

  it('asks an anonymous caller to sign in (401) on each of them, and nothing changes', async () => {
    const { roundId } = await roundWithEverything();
    const anonymous = t.client();
    const before = await state(roundId);
    for (const [method, path, body] of strangerRequests(roundId)) {
      const r = await anonymous.request(method, path, body);
      expect([method, path, r.status, r.body]).toEqual([method, path, 401, { error: 'unauthenticated', message: 'Log eerst in.' }]);
    }
    expect(await state(roundId)).toEqual(before);
  });

  it('reads the owner\'s self-assessment back exactly as given, "weet ik niet" included; a second one replaces the first', async () => {
    const owner = await organisationOwner(t, 'terugleza');
    const roundId = await newRound(owner.client, owner.organisationId);
    expect((await owner.client.get(`/api/rounds/${roundId}`)).body.selfAssessmentDone).toBe(false);

    const first = fullAnswers();
    expect(Object.values(first)).toContain(null);
    const saved = await owner.client.post(`/api/rounds/${roundId}/self-assessment`, { answers: first });
    expect(saved.status).toBe(201);
    expect(saved.body).toEqual({ status: 'saved' });
    const read = await owner.client.get(`/api/rounds/${roundId}/self-assessment`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual({ answers: first });
    expect((await owner.client.get(`/api/rounds/${roundId}`)).body.selfAssessmentDone).toBe(true);

    // Statements may be skipped; the answer read back is what was sent this time, not a merge.
    const second = { [ITEMS[0].id]: 5, [ITEMS[1].id]: null, [ITEMS[29].id]: 1 };
    expect((await owner.client.post(`/api/rounds/${roundId}/self-assessment`, { answers: second })).status).toBe(201);
    expect((await owner.client.get(`/api/rounds/${roundId}/self-assessment`)).body).toEqual({ answers: second });
  });

  describe('bad self-assessments', () => {
    /** [label, body, fields] — each refused with 400, naming the field. */
    const badBodies: [string, unknown, Record<string, string>][] = [
      ['an unknown statement', { answers: { zz9: 3 } }, { 'answers.zz9': 'is geen vraag van deze vragenlijst' }],
      ['value 0', { answers: { [ITEMS[0].id]: 0 } }, { [`answers.${ITEMS[0].id}`]: VALUE }],
      ['value 6', { answers: { [ITEMS[1].id]: 6 } }, { [`answers.${ITEMS[1].id}`]: VALUE }],
      ['a string', { answers: { [ITEMS[2].id]: '3' } }, { [`answers.${ITEMS[2].id}`]: VALUE }],
      ['a fraction', { answers: { [ITEMS[3].id]: 2.5 } }, { [`answers.${ITEMS[3].id}`]: VALUE }],
      ['a boolean', { answers: { [ITEMS[4].id]: true } }, { [`answers.${ITEMS[4].id}`]: VALUE }],
      ['one bad among good ones', { answers: { ...fullAnswers(), [ITEMS[5].id]: 7 } }, { [`answers.${ITEMS[5].id}`]: VALUE }],
      ['an unknown top-level field', { answers: fullAnswers(), comment: 'ook dit' }, { comment: 'is geen bekend veld' }],
      ['no answers', {}, { answers: 'is verplicht' }],
      ['answers null', { answers: null }, { answers: 'is verplicht' }],
      ['empty answers', { answers: {} }, { answers: 'geef minstens één antwoord' }],
      ['answers a list', { answers: [3, 4] }, { answers: 'is niet geldig' }],
      ['answers a string', { answers: '3,4' }, { answers: 'is niet geldig' }],
    ];

    it.each(badBodies)('refuses %s with 400 naming the field, and stores nothing on a round without one', async (_label, body, fields) => {
      const owner = await organisationOwner(t, 'fout');
      const roundId = await newRound(owner.client, owner.organisationId);
      const r = await owner.client.post(`/api/rounds/${roundId}/self-assessment`, body);
      expect(r.status).toBe(400);
      expect(r.body).toEqual({ error: 'validation_failed', message: 'Niet alle velden zijn goed ingevuld.', fields });
      expect(await rowOf(t, 'scan_self_assessments', roundId, 'round_id')).toBeNull();
      expect((await owner.client.get(`/api/rounds/${roundId}`)).body.selfAssessmentDone).toBe(false);
    });

    it('names every bad statement at once, in English too, and keeps the earlier self-assessment intact', async () => {
      const owner = await organisationOwner(t, 'behouden');
      const roundId = await newRound(owner.client, owner.organisationId);
      const kept = fullAnswers(2);
      expect((await owner.client.post(`/api/rounds/${roundId}/self-assessment`, { answers: kept })).status).toBe(201);
      const before = await rowOf(t, 'scan_self_assessments', roundId, 'round_id');

      const bad = { answers: { [ITEMS[0].id]: 0, [ITEMS[1].id]: 6, [ITEMS[2].id]: 'vier', zz9: 3, [ITEMS[3].id]: 4 } };
      const nl = await owner.client.post(`/api/rounds/${roundId}/self-assessment`, bad);
      expect(nl.status).toBe(400);
      expect(nl.body.fields).toEqual({
        [`answers.${ITEMS[0].id}`]: VALUE,
        [`answers.${ITEMS[1].id}`]: VALUE,
        [`answers.${ITEMS[2].id}`]: VALUE,
        'answers.zz9': 'is geen vraag van deze vragenlijst',
      });

      owner.client.locale = 'en';
      const en = await owner.client.post(`/api/rounds/${roundId}/self-assessment`, bad);
      expect(en.status).toBe(400);
      expect(en.body).toEqual({
        error: 'validation_failed',
        message: 'Some fields are not filled in correctly.',
        fields: {
          [`answers.${ITEMS[0].id}`]: 'must be 1 to 5, or "don\'t know"',
          [`answers.${ITEMS[1].id}`]: 'must be 1 to 5, or "don\'t know"',
          [`answers.${ITEMS[2].id}`]: 'must be 1 to 5, or "don\'t know"',
          'answers.zz9': 'is not a statement of this questionnaire',
        },
      });
      const missing = await owner.client.post(`/api/rounds/${roundId}/self-assessment`, { extra: true });
      expect(missing.body.fields).toEqual({ extra: 'is not a known field', answers: 'is required' });
      const empty = await owner.client.post(`/api/rounds/${roundId}/self-assessment`, { answers: {} });
      expect(empty.body.fields).toEqual({ answers: 'give at least one answer' });

      expect(await rowOf(t, 'scan_self_assessments', roundId, 'round_id')).toEqual(before);
      expect((await owner.client.get(`/api/rounds/${roundId}/self-assessment`)).body).toEqual({ answers: kept });
    });
  });
});
