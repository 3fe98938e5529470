import { type EntityManager } from 'typeorm';

/** The demo loader's statements: rows as the API would have written them, in the past where a
 * demo needs history (rounds closed months ago, requests of weeks ago). */

export async function organisationCount(m: EntityManager): Promise<number> {
  const [{ count }] = await m.query(`SELECT count(*)::int AS count FROM organisations`);
  return count;
}

export async function upsertDemoUser(m: EntityManager, email: string, name: string, passwordHash: string): Promise<string> {
  const rows = await m.query(
    `INSERT INTO users (email, name, password_hash) VALUES ($1, $2, $3)
     ON CONFLICT ((lower(email))) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
    [email, name, passwordHash],
  );
  return rows[0].id;
}

export async function insertOrganisation(
  m: EntityManager, o: { name: string; sector: string; region: string; employees: number; kvkNumber?: string | null }, ownerId?: string,
): Promise<string> {
  const [row] = await m.query(
    `INSERT INTO organisations (name, sector, region, employees, kvk_number) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [o.name, o.sector, o.region, o.employees, o.kvkNumber ?? null],
  );
  if (ownerId) await m.query(`INSERT INTO organisation_members (organisation_id, user_id, role) VALUES ($1, $2, 'owner')`, [row.id, ownerId]);
  return row.id;
}

export async function insertApprovedPublisher(m: EntityManager, p: { name: string; regions: string[]; website: string }, editorId: string): Promise<string> {
  const [row] = await m.query(
    `INSERT INTO publishers (name, regions, website, status, approved_at) VALUES ($1, $2, $3, 'approved', now()) RETURNING id`,
    [p.name, p.regions, p.website],
  );
  await m.query(`INSERT INTO publisher_members (publisher_id, user_id) VALUES ($1, $2)`, [row.id, editorId]);
  return row.id;
}

/** A round closed `daysAgo` days ago with its stored results. */
export async function insertClosedRound(
  m: EntityManager, r: { organisationId: string; title: string; instrumentVersion: number; shareToken: string; createdBy: string | null; daysAgo: number; results: unknown },
): Promise<string> {
  const [round] = await m.query(
    `INSERT INTO scan_rounds (organisation_id, title, instrument_version, status, closes_at, min_responses, share_token, created_by, closed_at, results)
     VALUES ($1, $6, $2, 'closed', now() - $7 * interval '1 day', 5, $3, $4, now() - $7 * interval '1 day', $5) RETURNING id`,
    [r.organisationId, r.instrumentVersion, r.shareToken, r.createdBy, JSON.stringify(r.results), r.title, r.daysAgo],
  );
  return round.id;
}

export async function insertResponse(m: EntityManager, roundId: string, answers: unknown, comment: string | null, daysAgo: number): Promise<void> {
  await m.query(`INSERT INTO scan_responses (round_id, answers, comment, submitted_on) VALUES ($1, $2, $3, current_date - $4::int)`, [
    roundId, JSON.stringify(answers), comment, daysAgo,
  ]);
}

export async function insertSelfAssessment(m: EntityManager, roundId: string, answers: unknown): Promise<void> {
  await m.query(`INSERT INTO scan_self_assessments (round_id, answers) VALUES ($1, $2)`, [roundId, JSON.stringify(answers)]);
}

/** A demo coach is approved and published at once (the admin's step, skipped for the demo). */
export async function approveDemoCoach(m: EntityManager, publisherId: string, externalId: string): Promise<void> {
  await m.query(`UPDATE catalogue_items SET approved = true, status = 'published', published_at = now() WHERE publisher_id = $1 AND external_id = $2`, [publisherId, externalId]);
}

export async function itemIdByExternalId(m: EntityManager, externalId: string): Promise<string> {
  return (await m.query(`SELECT id FROM catalogue_items WHERE external_id = $1`, [externalId]))[0].id;
}

export async function latestClosedRound(m: EntityManager, organisationId: string): Promise<{ id: string; aspects: Record<string, number> }> {
  return (await m.query(`SELECT id, results->'aspects' AS aspects FROM scan_rounds WHERE organisation_id = $1 AND status = 'closed' ORDER BY closed_at DESC LIMIT 1`, [organisationId]))[0];
}

export async function insertSearchEvent(m: EntityManager, e: { day: string; region: string; q: string; resultCount: number; sessionKey: string }): Promise<void> {
  await m.query(
    `INSERT INTO search_events (day, region, q, stem_key, result_count, session_key)
     VALUES ($1, $2, $3, array_to_string(tsvector_to_array(to_tsvector('gw_dutch', $3)), ' '), $4, $5)`,
    [e.day, e.region, e.q, e.resultCount, e.sessionKey],
  );
}

/** A plan step as the board writes it (parameters in the statement's order). */
export async function insertPlanStep(m: EntityManager, values: unknown[]): Promise<void> {
  await m.query(
    `INSERT INTO plan_steps (organisation_id, title, aspect, item_id, due_date, status, position, responsible, checklist, note,
                               baseline_round_id, baseline_mean, created_by, created_at, updated_at, done_at)
       VALUES ($1, $2, $3, $4, $5, $6, 0, $7, $8, $9, $10, $11, $12, $13, $13, $14)`,
    values,
  );
}

/** A referral in any state, with its moments (parameters in the statement's order). */
export async function insertReferral(m: EntityManager, values: unknown[]): Promise<void> {
  await m.query(
    `INSERT INTO referrals (organisation_id, coach_item_id, requested_by, message, aspect, status, share, share_round_id, consent_given_at,
                              consent_withdrawn_at, requested_at, answer_by, remind_at, reminded_at, accepted_at, declined_at, decline_reason,
                              completed_at, lapsed_at, cancelled_at, owner_rating, owner_comment, owner_feedback_at, coach_followed_up, coach_note, coach_feedback_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $9, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25)`,
    values,
  );
}
