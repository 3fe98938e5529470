import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** Lets an API instance tell, in one cheap read, whether anything a recommendation list depends on
 * changed: the latest referral change (as `max(changed_at)` through an index, so a reader sees it
 * exactly when it sees the change itself), next to catalogue_items.change_xid that exists already. */
export class MatchingFingerprint1764399500000 implements MigrationInterface {
  name = 'MatchingFingerprint1764399500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE referrals ADD COLUMN changed_at timestamptz NOT NULL DEFAULT clock_timestamp()`);
    await q.query(`CREATE INDEX referrals_changed_idx ON referrals (changed_at)`);
    await q.query(`
      CREATE FUNCTION referrals_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.changed_at := clock_timestamp();
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER referrals_changed BEFORE UPDATE ON referrals FOR EACH ROW EXECUTE FUNCTION referrals_changed()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER referrals_changed ON referrals`);
    await q.query(`DROP FUNCTION referrals_changed()`);
    await q.query(`ALTER TABLE referrals DROP COLUMN changed_at`);
  }
}
