import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** Lets every API instance read the catalogue changes (and new words of the word list) it has
 * not seen yet, whoever wrote them:
 * each row carries the transaction that last wrote it (`change_xid`), and a deleted row leaves a
 * tombstone. An instance remembers the oldest transaction still running when it last looked
 * (`pg_snapshot_xmin`) and next time reads every row written by that one or a later one, so a
 * long transaction that commits late is never skipped. */
export class SearchChanges1764370000000 implements MigrationInterface {
  name = 'SearchChanges1764370000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE catalogue_items ADD COLUMN change_xid xid8 NOT NULL DEFAULT pg_current_xact_id()`);
    await q.query(`CREATE INDEX catalogue_items_change_idx ON catalogue_items (change_xid)`);
    await q.query(`
      CREATE FUNCTION catalogue_items_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.change_xid := pg_current_xact_id();
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER catalogue_items_changed BEFORE UPDATE ON catalogue_items FOR EACH ROW EXECUTE FUNCTION catalogue_items_changed()`);
    await q.query(`
      CREATE TABLE catalogue_item_tombstones (
        id uuid NOT NULL,
        change_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
        deleted_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX catalogue_item_tombstones_change_idx ON catalogue_item_tombstones (change_xid)`);
    // The word list for typo tolerance grows the same way: instances read the words added since.
    await q.query(`ALTER TABLE catalogue_lexicon ADD COLUMN added_xid xid8 NOT NULL DEFAULT pg_current_xact_id()`);
    await q.query(`CREATE INDEX catalogue_lexicon_added_idx ON catalogue_lexicon (added_xid)`);
    await q.query(`
      CREATE FUNCTION catalogue_items_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO catalogue_item_tombstones (id) VALUES (OLD.id);
        RETURN OLD;
      END $$`);
    await q.query(`CREATE TRIGGER catalogue_items_deleted AFTER DELETE ON catalogue_items FOR EACH ROW EXECUTE FUNCTION catalogue_items_deleted()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE catalogue_lexicon DROP COLUMN added_xid`);
    await q.query(`DROP TRIGGER catalogue_items_deleted ON catalogue_items`);
    await q.query(`DROP FUNCTION catalogue_items_deleted()`);
    await q.query(`DROP TABLE catalogue_item_tombstones`);
    await q.query(`DROP TRIGGER catalogue_items_changed ON catalogue_items`);
    await q.query(`DROP FUNCTION catalogue_items_changed()`);
    await q.query(`ALTER TABLE catalogue_items DROP COLUMN change_xid`);
  }
}
