import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** Mail may carry small attachments (calendar files for deadlines). */
export class MailAttachments1764320000000 implements MigrationInterface {
  name = 'MailAttachments1764320000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE mail_outbox ADD COLUMN attachments jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE mail_outbox DROP COLUMN attachments`);
  }
}
