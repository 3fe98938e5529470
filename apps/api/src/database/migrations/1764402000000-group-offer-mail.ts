import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** "Gezamenlijke vraag" answered: owners who opt in get one mail when an offer is published that
 * answers a weak spot their company shares with at least 4 others in the region and that had no
 * eligible offer yet. `group_offer_checks` remembers which published items were looked at (one
 * instance checks each item once); the mail itself goes through the reminder queue. */
export class GroupOfferMail1764402000000 implements MigrationInterface {
  name = 'GroupOfferMail1764402000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE organisations ADD COLUMN group_offer_mail boolean NOT NULL DEFAULT false`);
    await q.query(`
      CREATE TABLE group_offer_checks (
        item_id uuid PRIMARY KEY REFERENCES catalogue_items(id) ON DELETE CASCADE,
        checked_at timestamptz NOT NULL,
        organisations integer NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE group_offer_checks`);
    await q.query(`ALTER TABLE organisations DROP COLUMN group_offer_mail`);
  }
}
