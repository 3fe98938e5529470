import { type CoachInbox, type CoachReferral, type OwnerReferral } from '@groeiwijzer/contracts';
import { NOWHERE, signedIn } from '../testing/access-fixtures';
import { ADMIN } from '../testing/catalogue-fixtures';
import { catalogue, coachAccount, fitting, scannedOwner } from '../testing/matching-fixtures';
import { startTestApp, type TestApp } from '../testing/test-app';
import { referralDeadlines } from './referral-deadlines';

/* Each test has a region of its own (its organisations and coaches), whatever order they run in. */
describe('referrals: asking a coach, with consent, and the coach\'s inbox', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ ...ADMIN, QUIET_HOURS: 'off' });
  });
  afterAll(() => t.close());

  async function mail(to: string, subject: string) {
    for (let i = 0; i < 100; i++) {
      const found = t.smtp.to(to).find((m) => m.subject?.startsWith(subject));
      if (found) return found;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`no mail "${subject}…" to ${to}: ${t.smtp.to(to).map((m) => m.subject).join(' | ')}`);
  }

  /** An owner with a closed round, a coach item in their region, and the coach's account. */
  async function setUp(region: string, opts: { capacity?: number; self?: number } = {}) {
    const owner = await scannedOwner(t, { weak: ['leadership', 'collaboration'], region, self: opts.self });
    const cat = await catalogue(t);
    const item = fitting(t, 'coach', 'leadership', region, { coach: { coachType: 'consularis', entrepreneurExperience: true, capacity: opts.capacity ?? 2 } });
    const coachItemId = await cat.add(item);
    return { owner, cat, coachItemId, coachEmail: item.contactEmail! };
  }

  it('asks with the summary: mails to both, the coach sees exactly the summary, accepts, completes; feedback once each', async () => {
    const { owner, coachItemId, coachEmail } = await setUp('zeeland');
    const message = 'Onze teamleiders willen leren coachen. Kunt u ons helpen?';
    const asked = await owner.client.post<OwnerReferral>(`/api/organisations/${owner.organisationId}/referrals`, { coachItemId, message, share: 'summary', aspect: 'leadership' });
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({
      status: 'requested', message, share: 'summary', aspect: 'leadership', canForward: false, forwardedTo: null,
      consent: { scope: 'summary', withdrawnAt: null, roundId: owner.roundId }, coach: { itemId: coachItemId, title: 'Coach leadership', contactEmail: coachEmail },
    });
    // The end of the 10th Dutch working day after the request (referral-deadlines.spec.ts has the calendar).
    expect(asked.body.answerBy).toBe(referralDeadlines(new Date(asked.body.requestedAt)).answerBy.toISOString());
    expect(new Date(asked.body.answerBy!).getTime()).toBeGreaterThan(t.clock.now().getTime() + 11 * 86_400_000);

    // The coach has no account yet: Dutch first, then English; nothing of the scan in the mail.
    const toCoach = await mail(coachEmail, 'Hulpvraag van');
    expect(toCoach.subject).toMatch(/\/ Request for help from/);
    expect(toCoach.text).toContain('Hulpvraag bekijken:');
    expect(toCoach.text).toContain('View the request:');
    expect(toCoach.text).toContain('/coach/aanvragen');
    expect(toCoach.text).toContain('Hun vraag gaat over: Leiderschap gericht op ontwikkelen');
    expect(toCoach.text).not.toContain(message);
    const toOwner = await mail(owner.email, 'Je hulpvraag is verstuurd naar Coach leadership');
    expect(toOwner.text).toContain('Je deelt de samenvatting van de scan');

    const coach = await coachAccount(t, coachEmail);
    const list = await coach.get<CoachReferral[]>('/api/coach/referrals');
    expect(list.status).toBe(200);
    expect(list.body).toHaveLength(1);
    const seen = list.body[0];
    expect(seen).toMatchObject({ id: asked.body.id, status: 'requested', message, share: 'summary', contact: null, organisation: { region: 'zeeland', sector: 'C', sizeClass: 'small' } });
    expect(seen.shared).toMatchObject({ roundId: owner.roundId, respondents: 5, weakSpots: ['leadership', 'collaboration'], report: null });
    expect(seen.shared!.aspects).toEqual(expect.arrayContaining([{ key: 'leadership', mean: 1 }, { key: 'collaboration', mean: 2 }, { key: 'work_content', mean: 4 }]));
    const inbox = await coach.get<CoachInbox>('/api/coach/inbox');
    expect(inbox.body).toMatchObject({ coachItemId, capacity: 2, open: 1, ratings: null });

    const accepted = await coach.post<CoachReferral>(`/api/referrals/${asked.body.id}/accept`);
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'accepted', contact: { name: owner.name, email: owner.email } });
    expect((await mail(owner.email, 'Coach leadership helpt jullie graag')).text).toContain(coachEmail);
    expect((await coach.post(`/api/referrals/${asked.body.id}/accept`)).status).toBe(409);
    expect((await coach.post(`/api/referrals/${asked.body.id}/decline`, { reason: 'other' })).status).toBe(409);

    const early = await owner.client.post(`/api/referrals/${asked.body.id}/feedback`, { rating: 5 });
    expect(early.status).toBe(409);
    expect(early.body.fields).toEqual({ rating: 'kan pas als de begeleiding is afgerond' });

    expect((await coach.post(`/api/referrals/${asked.body.id}/complete`)).body.status).toBe('completed');
    expect((await coach.post(`/api/referrals/${asked.body.id}/complete`)).status).toBe(409);
    await mail(owner.email, 'Hoe was de hulp van Coach leadership');

    const rated = await owner.client.post<OwnerReferral>(`/api/referrals/${asked.body.id}/feedback`, { rating: 4, comment: 'Heel praktisch.' });
    expect(rated.status).toBe(200);
    expect(rated.body.feedback).toMatchObject({ rating: 4, comment: 'Heel praktisch.' });
    const twice = await owner.client.post(`/api/referrals/${asked.body.id}/feedback`, { rating: 1 });
    expect(twice.status).toBe(409);
    expect(twice.body.fields).toEqual({ rating: 'is al gegeven' });
    const wrongShape = await coach.post(`/api/referrals/${asked.body.id}/feedback`, { rating: 3 });
    expect(wrongShape.status).toBe(400);
    expect(wrongShape.body.fields).toEqual({ rating: 'hoort niet bij jouw rol in deze aanvraag' });
    expect((await coach.post(`/api/referrals/${asked.body.id}/feedback`, {})).body.fields).toEqual({ followedUp: 'is verplicht' });
    const noted = await coach.post<CoachReferral>(`/api/referrals/${asked.body.id}/feedback`, { followedUp: true, note: 'Ze plannen een leertraject.' });
    expect(noted.body.coachFeedback).toMatchObject({ followedUp: true, note: 'Ze plannen een leertraject.' });
    expect((await coach.post(`/api/referrals/${asked.body.id}/feedback`, { followedUp: false })).status).toBe(409);
    const [row] = await t.db.query(`SELECT owner_rating, coach_followed_up FROM referrals WHERE id = $1`, [asked.body.id]);
    expect(row).toEqual({ owner_rating: 4, coach_followed_up: true });

    const history = (await owner.client.get<OwnerReferral[]>(`/api/organisations/${owner.organisationId}/referrals`)).body;
    expect(history[0].events.map((e) => e.type)).toEqual(['requested', 'accepted', 'completed', 'feedback']);
    // Fewer than 5 ratings: coaches see no aggregate.
    expect((await coach.get<CoachInbox>('/api/coach/inbox')).body).toMatchObject({ open: 0, ratings: null });
  });

  it('the full report adds distributions and the owner–employee gaps; the coach\'s own account gets mail in its language', async () => {
    const { owner, coachItemId, coachEmail } = await setUp('west-brabant', { self: 5 });
    const coach = await coachAccount(t, coachEmail);
    await coach.patch('/api/auth/me', { locale: 'en' });
    const asked = await owner.client.post(`/api/organisations/${owner.organisationId}/referrals`, { coachItemId, message: 'Hulp gevraagd', share: 'report' });
    expect(asked.status).toBe(201);
    const [seen] = (await coach.get<CoachReferral[]>('/api/coach/referrals')).body;
    expect(seen.shared!.report!.aspects.find((a) => a.key === 'leadership')).toMatchObject({ mean: 1, distribution: [25, 0, 0, 0, 0], favourable: 0 });
    expect(seen.shared!.report!.gaps[0]).toMatchObject({ key: 'leadership', employees: 1, owner: 5, gap: 4 });
    const toCoach = await mail(coachEmail, 'Request for help from');
    expect(toCoach.text).not.toContain('Hulpvraag bekijken');
  });

  it('consent is enforced: other coaches and other owners see nothing; after withdrawal the coach no longer sees the results, the message stays', async () => {
    const { owner, cat, coachItemId, coachEmail } = await setUp('zeeland');
    const other = fitting(t, 'coach', 'leadership', 'zeeland');
    await cat.add(other);
    const asked = await owner.client.post<OwnerReferral>(`/api/organisations/${owner.organisationId}/referrals`, { coachItemId, message: 'Vertrouwelijk verzoek', share: 'summary' });
    const id = asked.body.id;

    const otherCoach = await coachAccount(t, other.contactEmail!);
    expect((await otherCoach.get<CoachReferral[]>('/api/coach/referrals')).body.map((r) => r.id)).not.toContain(id);
    for (const action of ['accept', 'complete']) expect((await otherCoach.post(`/api/referrals/${id}/${action}`)).status).toBe(404);
    expect((await otherCoach.post(`/api/referrals/${id}/decline`, { reason: 'other' })).status).toBe(404);
    const otherOwner = await scannedOwner(t, { region: 'zeeland' });
    expect((await otherOwner.client.get(`/api/organisations/${owner.organisationId}/referrals`)).status).toBe(404);
    for (const [method, path] of [['delete', 'consent'], ['post', 'forward'], ['post', 'cancel']] as const) {
      expect((await otherOwner.client[method](`/api/referrals/${id}/${path}`)).status).toBe(404);
    }
    expect((await otherOwner.client.post(`/api/referrals/${id}/feedback`, { rating: 5 })).status).toBe(404);
    const nobody = await signedIn(t, 'geen-coach');
    expect((await nobody.client.get('/api/coach/inbox')).status).toBe(403);
    expect((await nobody.client.get('/api/coach/referrals')).body.error).toBe('not_a_coach');
    expect((await nobody.client.get(`/api/organisations/${owner.organisationId}/referrals`)).status).toBe(404);

    const coach = await coachAccount(t, coachEmail);
    expect((await coach.post(`/api/referrals/${id}/accept`)).status).toBe(200);
    const withdrawn = await owner.client.delete<OwnerReferral>(`/api/referrals/${id}/consent`);
    expect(withdrawn.status).toBe(200);
    const at = withdrawn.body.consent.withdrawnAt;
    expect(at).not.toBeNull();
    expect((await owner.client.delete<OwnerReferral>(`/api/referrals/${id}/consent`)).body.consent.withdrawnAt).toBe(at);
    const [seen] = (await coach.get<CoachReferral[]>('/api/coach/referrals')).body;
    expect(seen).toMatchObject({ id, shared: null, consentWithdrawnAt: at, message: 'Vertrouwelijk verzoek', contact: { email: owner.email } });
    expect(withdrawn.body.events.map((e) => e.type)).toEqual(['requested', 'accepted', 'consent_withdrawn']);
  });

  it('bad input: a 4xx naming the field, and nothing written', async () => {
    const region = 'midden-brabant';
    const { owner, cat, coachItemId } = await setUp(region, { capacity: 1 });
    const trainingId = await cat.add(fitting(t, 'training', 'leadership', region));
    const elsewhere = await cat.add(fitting(t, 'coach', 'leadership', 'zuid-limburg'));
    const waiting = await cat.editor.post(`/api/publishers/${cat.publisherId}/items`, fitting(t, 'coach', 'leadership', region));
    const noRound = await scannedOwner(t, { region });
    const stranger = await scannedOwner(t, { weak: ['leadership', 'collaboration'], region });
    const path = `/api/organisations/${owner.organisationId}/referrals`;
    const ok = { coachItemId, message: 'Graag hulp', share: 'none' };
    const count = async () => Number((await t.db.query(`SELECT count(*) AS n FROM referrals WHERE coach_item_id = ANY($1)`, [[coachItemId, trainingId, elsewhere, waiting.body.id]]))[0].n);

    const cases: [string, object, number, Record<string, string>, string?][] = [
      ['unknown coach', { ...ok, coachItemId: NOWHERE }, 400, { coachItemId: 'is geen gepubliceerde coach' }],
      ['a training', { ...ok, coachItemId: trainingId }, 400, { coachItemId: 'is geen gepubliceerde coach' }],
      ['a coach awaiting approval', { ...ok, coachItemId: waiting.body.id }, 400, { coachItemId: 'is geen gepubliceerde coach' }],
      ['a coach of another region', { ...ok, coachItemId: elsewhere }, 400, { coachItemId: 'past niet bij jullie bedrijf (regio, sector, grootte of geldigheid)' }],
      ['share outside the three', { ...ok, share: 'everything' }, 400, { share: 'is geen geldige keuze' }],
      ['another organisation\'s round', { ...ok, share: 'summary', roundId: stranger.roundId }, 400, { roundId: 'is geen scan van dit bedrijf' }],
      ['an empty message', { ...ok, message: '  ' }, 400, { message: 'is verplicht' }],
      ['a message too long', { ...ok, message: 'x'.repeat(2001) }, 400, { message: 'mag hoogstens 2000 tekens hebben' }],
      ['an unknown field', { ...ok, urgent: true }, 400, { urgent: 'is geen bekend veld' }],
      ['an aspect that is none', { ...ok, aspect: 'motivation' }, 400, { aspect: 'is geen geldige keuze' }],
    ];
    for (const [name, body, status, fields] of cases) {
      const r = await owner.client.post(path, body);
      expect({ name, status: r.status, fields: r.body.fields }).toEqual({ name, status, fields });
    }
    const summaryWithoutScan = await noRound.client.post(`/api/organisations/${noRound.organisationId}/referrals`, { ...ok, share: 'summary' });
    expect(summaryWithoutScan.status).toBe(400);
    expect(summaryWithoutScan.body.fields).toEqual({ share: 'kan pas als er een gesloten scan met rapport is; kies "niets delen"' });
    expect(await count()).toBe(0);

    // Before any scan, sharing nothing is fine; then the coach is full and asked once only.
    expect((await noRound.client.post(`/api/organisations/${noRound.organisationId}/referrals`, ok)).status).toBe(201);
    const full = await owner.client.post(path, ok);
    expect(full.status).toBe(409);
    expect(full.body).toMatchObject({ error: 'coach_full', fields: { coachItemId: 'heeft nu geen plek' } });
    const again = await noRound.client.post(`/api/organisations/${noRound.organisationId}/referrals`, ok);
    expect(again.status).toBe(409);
    expect(again.body.fields).toEqual({ coachItemId: 'hebben jullie al om hulp gevraagd; wacht op het antwoord' });
    expect(await count()).toBe(1);

    const [referral] = (await noRound.client.get<OwnerReferral[]>(`/api/organisations/${noRound.organisationId}/referrals`)).body;
    const coach = await coachAccount(t, (await t.db.query(`SELECT contact_email FROM catalogue_items WHERE id = $1`, [coachItemId]))[0].contact_email);
    const badReason = await coach.post(`/api/referrals/${referral.id}/decline`, { reason: 'busy' });
    expect(badReason.status).toBe(400);
    expect(badReason.body.fields).toEqual({ reason: 'is geen geldige keuze' });
    expect((await t.db.query(`SELECT status FROM referrals WHERE id = $1`, [referral.id]))[0].status).toBe('requested');
  });

  it('two owners asking for a coach\'s last place at the same moment: one gets it, the other hears the coach is full', async () => {
    const region = 'noordoost-brabant';
    const { owner, coachItemId } = await setUp(region, { capacity: 1 });
    const second = await scannedOwner(t, { region });
    const [a, b] = await Promise.all([owner, second].map((o) =>
      o.client.post(`/api/organisations/${o.organisationId}/referrals`, { coachItemId, message: 'Graag hulp', share: 'none' })));
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM referrals WHERE coach_item_id = $1`, [coachItemId]))[0].n).toBe(1);
  });

  it('the owner may take back an unanswered request: the coach is told and the place is free again', async () => {
    const { owner, coachItemId, coachEmail } = await setUp('zuidoost-brabant', { capacity: 1 });
    const asked = await owner.client.post<OwnerReferral>(`/api/organisations/${owner.organisationId}/referrals`, { coachItemId, message: 'Graag hulp', share: 'none' });
    const cancelled = await owner.client.post<OwnerReferral>(`/api/referrals/${asked.body.id}/cancel`);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', canForward: false });
    expect((await owner.client.post(`/api/referrals/${asked.body.id}/cancel`)).status).toBe(409);
    await mail(coachEmail, 'Hulpvraag ingetrokken');
    expect((await owner.client.post(`/api/organisations/${owner.organisationId}/referrals`, { coachItemId, message: 'Toch graag', share: 'none' })).status).toBe(201);
  });

  it('a declined request goes, in one click and with the same message, to the next best coach; once', async () => {
    const region = 'helmond-de-peel';
    const { owner, cat, coachItemId, coachEmail } = await setUp(region);
    const next = fitting(t, 'coach', 'leadership', region, { title: 'Coach Anja' });
    const nextId = await cat.add(next);
    const asked = await owner.client.post<OwnerReferral>(`/api/organisations/${owner.organisationId}/referrals`, { coachItemId, message: 'Hulp bij leiderschap', share: 'summary', aspect: 'leadership' });
    const coach = await coachAccount(t, coachEmail);
    expect((await owner.client.post(`/api/referrals/${asked.body.id}/forward`)).status).toBe(409);
    const declined = await coach.post<CoachReferral>(`/api/referrals/${asked.body.id}/decline`, { reason: 'no_capacity', note: 'Vol tot de zomer.' });
    expect(declined.body.status).toBe('declined');
    const told = await mail(owner.email, 'Coach leadership kan jullie nu niet helpen');
    expect(told.text).toContain('de coach heeft nu geen tijd');
    expect(told.text).toContain('Vol tot de zomer.');
    expect(told.text).toContain(`/organisaties/${owner.organisationId}/aanvragen/${asked.body.id}`);

    const forwarded = await owner.client.post<OwnerReferral>(`/api/referrals/${asked.body.id}/forward`);
    expect(forwarded.status).toBe(201);
    expect(forwarded.body).toMatchObject({
      status: 'requested', message: 'Hulp bij leiderschap', share: 'summary', aspect: 'leadership', forwardedFrom: asked.body.id,
      coach: { itemId: nextId, title: 'Coach Anja' }, consent: { scope: 'summary', roundId: owner.roundId },
    });
    await mail(next.contactEmail!, 'Hulpvraag van');
    const original = (await owner.client.get<OwnerReferral[]>(`/api/organisations/${owner.organisationId}/referrals`)).body.find((r) => r.id === asked.body.id)!;
    expect(original).toMatchObject({ canForward: false, forwardedTo: forwarded.body.id, declineReason: 'no_capacity', declineNote: 'Vol tot de zomer.' });
    expect(original.events.map((e) => e.type)).toEqual(['requested', 'declined', 'forwarded']);
    const twice = await owner.client.post(`/api/referrals/${asked.body.id}/forward`);
    expect(twice.status).toBe(409);
    expect(twice.body.error).toBe('referral_forwarded');

    // Anja declines too; nobody else fits: said clearly.
    const anja = await coachAccount(t, next.contactEmail!);
    await anja.post(`/api/referrals/${forwarded.body.id}/decline`, { reason: 'not_my_expertise' });
    const none = await owner.client.post(`/api/referrals/${forwarded.body.id}/forward`);
    expect(none.status).toBe(409);
    expect(none.body).toMatchObject({ error: 'no_other_coach', message: expect.stringContaining('geen andere coach met plek') });
  });
});
