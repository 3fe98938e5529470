import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** Scan rounds, invitations, anonymous responses and the owner's self-assessment. */
export class Scan1764300000000 implements MigrationInterface {
  name = 'Scan1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE scan_rounds (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        title text NOT NULL,
        instrument_version integer NOT NULL,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
        closes_at timestamptz NOT NULL,
        min_responses integer NOT NULL CHECK (min_responses >= 3),
        groups text[] NOT NULL DEFAULT '{}',
        share_token text NOT NULL UNIQUE,
        report_share_token text UNIQUE,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz,
        results jsonb
      )`);
    await q.query(`CREATE INDEX scan_rounds_org_idx ON scan_rounds (organisation_id, created_at DESC)`);
    await q.query(`CREATE INDEX scan_rounds_due_idx ON scan_rounds (closes_at) WHERE status = 'open'`);

    await q.query(`
      CREATE TABLE scan_invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        round_id uuid NOT NULL REFERENCES scan_rounds(id) ON DELETE CASCADE,
        email text NOT NULL,
        token text NOT NULL UNIQUE,
        responded boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX scan_invitations_email_key ON scan_invitations (round_id, lower(email))`);

    // Deliberately without a link to an invitation or a person, and with the day only.
    await q.query(`
      CREATE TABLE scan_responses (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        round_id uuid NOT NULL REFERENCES scan_rounds(id) ON DELETE CASCADE,
        answers jsonb NOT NULL,
        comment text,
        group_name text,
        submitted_on date NOT NULL DEFAULT current_date
      )`);
    await q.query(`CREATE INDEX scan_responses_round_idx ON scan_responses (round_id)`);

    await q.query(`
      CREATE TABLE scan_self_assessments (
        round_id uuid PRIMARY KEY REFERENCES scan_rounds(id) ON DELETE CASCADE,
        answers jsonb NOT NULL,
        submitted_on date NOT NULL DEFAULT current_date
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['scan_self_assessments', 'scan_responses', 'scan_invitations', 'scan_rounds']) await q.query(`DROP TABLE IF EXISTS ${t}`);
  }
}
