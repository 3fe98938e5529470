import { type PlanStep } from '@groeiwijzer/contracts';
import { INSTRUMENT_V1 } from '@groeiwijzer/domain';
import { organisationOwner } from '../testing/access-fixtures';
import { type HttpClient } from '../testing/http-client';
import { closedRound } from '../testing/plan-fixtures';
import { startTestApp, type TestApp } from '../testing/test-app';

describe('the action plan\'s result: the aspect\'s score when the step was made, and at the next closed round', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function add(owner: HttpClient, orgId: string, body: Record<string, unknown>): Promise<PlanStep> {
    const r = await owner.post<PlanStep>(`/api/organisations/${orgId}/plan`, body);
    expect(r.status).toBe(201);
    return r.body;
  }

  async function results(owner: HttpClient, orgId: string): Promise<Record<string, PlanStep['result']>> {
    const r = await owner.get<PlanStep[]>(`/api/organisations/${orgId}/plan`);
    return Object.fromEntries(r.body.map((s) => [s.title, s.result]));
  }

  it('shows before → after once the next round closed with a ready report: 2 → 4 for leadership', async () => {
    const { client: owner, organisationId } = await organisationOwner(t, 'resultaat');
    // Before any scan there is nothing to compare with.
    await add(owner, organisationId, { title: 'Voor de eerste scan', aspect: 'leadership' });

    const first = await closedRound(t, owner, organisationId, 3, { leadership: 2 });
    t.clock.advance(60_000);
    const lead = await add(owner, organisationId, { title: 'Coachend leidinggeven', aspect: 'leadership', status: 'doing' });
    expect(lead.result).toEqual({ before: 2, after: null, roundId: null, baselineRoundId: first });
    await add(owner, organisationId, { title: 'Samen leren', aspect: 'collaboration' });
    await owner.patch(`/api/plan/${lead.id}`, { status: 'done' });

    t.clock.advance(60_000);
    const second = await closedRound(t, owner, organisationId, 4, { leadership: 4 });
    t.clock.advance(60_000);
    await add(owner, organisationId, { title: 'Na de tweede scan', aspect: 'leadership' });
    expect(await results(owner, organisationId)).toEqual({
      'Voor de eerste scan': null,
      'Samen leren': { before: 3, after: 4, roundId: second, baselineRoundId: first },
      'Na de tweede scan': { before: 4, after: null, roundId: null, baselineRoundId: second },
      'Coachend leidinggeven': { before: 2, after: 4, roundId: second, baselineRoundId: first },
    });

    // Another aspect: its score in the same rounds.
    const moved = await owner.patch<PlanStep>(`/api/plan/${lead.id}`, { aspect: 'work_content' });
    expect(moved.body.result).toEqual({ before: 3, after: 4, roundId: second, baselineRoundId: first });
  });

  it('counts only rounds with a ready report, and keeps the first one after the step', async () => {
    const { client: owner, organisationId } = await organisationOwner(t, 'resultaat-eerste');
    const first = await closedRound(t, owner, organisationId, 2);
    t.clock.advance(60_000);
    await add(owner, organisationId, { title: 'Leren organiseren', aspect: 'learning_organisation' });

    // Four answers: the round closes withheld and says nothing about the step.
    t.clock.advance(60_000);
    const few = (await owner.post(`/api/organisations/${organisationId}/rounds`, { title: 'Te weinig', closesAt: t.clock.day(7) })).body;
    const answers = Object.fromEntries(INSTRUMENT_V1.items.map((i) => [i.id, 5]));
    for (let i = 0; i < 4; i++) await t.client().post(`/api/survey/${few.shareUrl.split('/s/')[1]}`, { answers });
    await owner.post(`/api/rounds/${few.id}/close`);
    expect((await results(owner, organisationId))['Leren organiseren']).toEqual({ before: 2, after: null, roundId: null, baselineRoundId: first });

    t.clock.advance(60_000);
    const next = await closedRound(t, owner, organisationId, 3);
    t.clock.advance(60_000);
    await closedRound(t, owner, organisationId, 5);
    expect((await results(owner, organisationId))['Leren organiseren']).toEqual({ before: 2, after: 3, roundId: next, baselineRoundId: first });
  });
});
