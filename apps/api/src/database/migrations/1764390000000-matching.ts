import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** From weak spot to help: items an owner dismissed, weak spots without an eligible offer (for the
 * regional demand signal), the action plan, and referrals to coaches with the owner's consent. */
export class Matching1764390000000 implements MigrationInterface {
  name = 'Matching1764390000000';

  async up(q: QueryRunner): Promise<void> {
    // "Niet relevant": stays away from the organisation's recommendations until undone.
    await q.query(`
      CREATE TABLE recommendation_dismissals (
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        item_id uuid NOT NULL REFERENCES catalogue_items(id) ON DELETE CASCADE,
        dismissed_by uuid REFERENCES users(id) ON DELETE SET NULL,
        dismissed_at timestamptz NOT NULL,
        PRIMARY KEY (organisation_id, item_id)
      )`);
    // A weak spot for which no eligible item of a kind existed, the last time it was looked at.
    // Read by the regional demand signal (aggregated over organisations, never shown per company).
    await q.query(`
      CREATE TABLE matching_gaps (
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        aspect text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('scheme', 'training', 'coach')),
        region text NOT NULL,
        sector text NOT NULL,
        size_class text NOT NULL,
        round_id uuid REFERENCES scan_rounds(id) ON DELETE SET NULL,
        first_seen_on date NOT NULL,
        last_seen_on date NOT NULL,
        PRIMARY KEY (organisation_id, aspect, kind)
      )`);
    await q.query(`CREATE INDEX matching_gaps_region_idx ON matching_gaps (region, aspect)`);

    await q.query(`
      CREATE TABLE plan_steps (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        title text NOT NULL,
        aspect text NOT NULL,
        item_id uuid REFERENCES catalogue_items(id) ON DELETE SET NULL,
        due_date date,
        status text NOT NULL CHECK (status IN ('idea', 'planned', 'doing', 'done')),
        position integer NOT NULL DEFAULT 0,
        responsible text,
        checklist jsonb NOT NULL DEFAULT '[]',
        note text,
        -- The aspect's mean in the latest closed round when the step was made: "resultaat 2,4 → 3,1".
        baseline_round_id uuid REFERENCES scan_rounds(id) ON DELETE SET NULL,
        baseline_mean numeric(4,2),
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        done_at timestamptz
      )`);
    await q.query(`CREATE INDEX plan_steps_org_idx ON plan_steps (organisation_id, status, position)`);
    await q.query(`CREATE INDEX plan_steps_due_idx ON plan_steps (due_date) WHERE status <> 'done'`);
    // Each reminder about a step once: the key names the moment it is about (a due date, a
    // window's opening or closing day), so a moved date or window gets its own reminder.
    await q.query(`
      CREATE TABLE plan_step_reminders (
        step_id uuid NOT NULL REFERENCES plan_steps(id) ON DELETE CASCADE,
        reminder_key text NOT NULL,
        created_at timestamptz NOT NULL,
        PRIMARY KEY (step_id, reminder_key)
      )`);

    await q.query(`
      CREATE TABLE referrals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        coach_item_id uuid NOT NULL REFERENCES catalogue_items(id) ON DELETE CASCADE,
        requested_by uuid REFERENCES users(id) ON DELETE SET NULL,
        message text NOT NULL,
        aspect text,
        status text NOT NULL CHECK (status IN ('requested', 'accepted', 'declined', 'completed', 'lapsed', 'cancelled')),
        -- The consent: what may be shown to the coach, of which round, from when until when.
        share text NOT NULL CHECK (share IN ('none', 'summary', 'report')),
        share_round_id uuid REFERENCES scan_rounds(id) ON DELETE SET NULL,
        consent_given_at timestamptz NOT NULL,
        consent_withdrawn_at timestamptz,
        requested_at timestamptz NOT NULL,
        answer_by timestamptz,
        reminded_at timestamptz,
        accepted_at timestamptz,
        declined_at timestamptz,
        decline_reason text CHECK (decline_reason IN ('no_capacity', 'not_my_expertise', 'outside_region', 'other')),
        decline_note text,
        completed_at timestamptz,
        lapsed_at timestamptz,
        cancelled_at timestamptz,
        forwarded_from uuid REFERENCES referrals(id) ON DELETE SET NULL,
        owner_rating smallint CHECK (owner_rating BETWEEN 1 AND 5),
        owner_comment text,
        owner_feedback_at timestamptz,
        coach_followed_up boolean,
        coach_note text,
        coach_feedback_at timestamptz
      )`);
    await q.query(`CREATE INDEX referrals_org_idx ON referrals (organisation_id, requested_at DESC)`);
    await q.query(`CREATE INDEX referrals_coach_idx ON referrals (coach_item_id, status)`);
    await q.query(`CREATE INDEX referrals_open_idx ON referrals (requested_at) WHERE status = 'requested'`);
    // One open request per organisation and coach at a time.
    await q.query(`CREATE UNIQUE INDEX referrals_one_open_idx ON referrals (organisation_id, coach_item_id) WHERE status IN ('requested', 'accepted')`);
    // A forwarded request is forwarded once.
    await q.query(`CREATE UNIQUE INDEX referrals_forwarded_once_idx ON referrals (forwarded_from) WHERE forwarded_from IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE referrals`);
    await q.query(`DROP TABLE plan_step_reminders`);
    await q.query(`DROP TABLE plan_steps`);
    await q.query(`DROP TABLE matching_gaps`);
    await q.query(`DROP TABLE recommendation_dismissals`);
  }
}
