import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager } from 'typeorm';
import { returningRows } from '../database/returning';

type Rows = Record<string, unknown>[];

/** The statements behind the privacy rights: what an export holds, and what erasure removes. */
@Injectable()
export class PrivacyRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Everything stored about an organisation that its owners may see. Employees' answers are in
   * it only as the reports show them (behind the anonymity threshold), never row by row. */
  async organisationData(organisationId: string): Promise<Record<string, Rows>> {
    const q = (sql: string) => this.db.query(sql, [organisationId]) as Promise<Rows>;
    return {
      organisation: await q(`SELECT id, name, kvk_number, sector, region, employees, group_offer_mail, created_at, updated_at, erase_after FROM organisations WHERE id = $1`),
      members: await q(`SELECT u.name, u.email, m.role FROM organisation_members m JOIN users u ON u.id = m.user_id WHERE m.organisation_id = $1 ORDER BY u.email`),
      rounds: await q(
        `SELECT r.id, r.title, r.status, r.closes_at, r.closed_at, r.min_responses, r.groups, r.created_at, r.follow_up_at, r.follow_up_location,
                (SELECT count(*)::int FROM scan_invitations i WHERE i.round_id = r.id) AS invited,
                (SELECT count(*)::int FROM scan_responses s WHERE s.round_id = r.id) AS responded
           FROM scan_rounds r WHERE r.organisation_id = $1 ORDER BY r.created_at`),
      invitations: await q(
        `SELECT i.round_id, i.email, i.responded, i.reminders_sent, i.created_at FROM scan_invitations i
           JOIN scan_rounds r ON r.id = i.round_id WHERE r.organisation_id = $1 ORDER BY i.created_at`),
      selfAssessments: await q(
        `SELECT s.round_id, s.answers, s.submitted_on FROM scan_self_assessments s JOIN scan_rounds r ON r.id = s.round_id WHERE r.organisation_id = $1`),
      planSteps: await q(
        `SELECT id, title, aspect, item_id, due_date, status, position, responsible, checklist, note, baseline_mean, created_at, updated_at, done_at
           FROM plan_steps WHERE organisation_id = $1 ORDER BY status, position`),
      referrals: await q(
        `SELECT r.id, c.title AS coach, r.status, r.message, r.aspect, r.share, r.consent_given_at, r.consent_withdrawn_at, r.requested_at,
                r.accepted_at, r.declined_at, r.decline_reason, r.completed_at, r.lapsed_at, r.owner_rating, r.owner_comment
           FROM referrals r JOIN catalogue_items c ON c.id = r.coach_item_id WHERE r.organisation_id = $1 ORDER BY r.requested_at`),
      dismissedRecommendations: await q(
        `SELECT d.item_id, c.title, d.dismissed_at FROM recommendation_dismissals d JOIN catalogue_items c ON c.id = d.item_id WHERE d.organisation_id = $1`),
    };
  }

  /** Everything stored about an account: profile, memberships, tokens (not their secrets),
   * reminder preferences, and what the person received or did as a coach. */
  async accountData(userId: string, email: string): Promise<Record<string, Rows>> {
    const q = (sql: string, values: unknown[] = [userId]) => this.db.query(sql, values) as Promise<Rows>;
    return {
      account: await q(`SELECT id, email, name, locale, is_admin, created_at, erase_after FROM users WHERE id = $1`),
      organisations: await q(`SELECT o.id, o.name, m.role FROM organisation_members m JOIN organisations o ON o.id = m.organisation_id WHERE m.user_id = $1`),
      publishers: await q(`SELECT p.id, p.name FROM publisher_members m JOIN publishers p ON p.id = m.publisher_id WHERE m.user_id = $1`),
      apiTokens: await q(`SELECT id, name, created_at, last_used_at, revoked_at FROM api_tokens WHERE user_id = $1`),
      sessions: await q(`SELECT created_at, last_seen_at, expires_at FROM sessions WHERE user_id = $1`),
      reminderPreferences: await q(`SELECT disabled_kinds, updated_at FROM mail_preferences WHERE email = $1`, [email]),
      coachReferrals: await q(
        `SELECT r.id, o.name AS organisation, r.status, r.requested_at, r.accepted_at, r.completed_at, r.coach_followed_up, r.coach_note
           FROM referrals r JOIN catalogue_items c ON c.id = r.coach_item_id JOIN organisations o ON o.id = r.organisation_id
          WHERE c.kind = 'coach' AND c.contact_email = lower($1)`, [email]),
      mailsSent: await q(`SELECT kind, subject, status, created_at, sent_at FROM mail_outbox WHERE lower(to_address) = lower($1) ORDER BY created_at`, [email]),
    };
  }

  async accountEraseAfter(userId: string): Promise<Date | null> {
    const [row] = await this.db.query(`SELECT erase_after FROM users WHERE id = $1`, [userId]);
    return row?.erase_after ?? null;
  }

  owners(organisationId: string, m: EntityManager = this.db.manager): Promise<{ id: string; email: string; name: string; locale: 'nl' | 'en' }[]> {
    return m.query(
      `SELECT u.id, u.email, u.name, u.locale FROM organisation_members m JOIN users u ON u.id = m.user_id
        WHERE m.organisation_id = $1 AND m.role = 'owner' ORDER BY u.email`,
      [organisationId],
    );
  }

  /** Organisations the user alone owns (and that are not already on their way out), and
   * publishers they are the last editor of: an account cannot leave those behind unowned. */
  async soleResponsibilities(userId: string): Promise<{ organisations: string[]; publishers: string[] }> {
    const organisations: { name: string }[] = await this.db.query(
      `SELECT o.name FROM organisations o JOIN organisation_members m ON m.organisation_id = o.id AND m.user_id = $1 AND m.role = 'owner'
        WHERE o.erase_after IS NULL
          AND NOT EXISTS (SELECT 1 FROM organisation_members x WHERE x.organisation_id = o.id AND x.role = 'owner' AND x.user_id <> $1)`,
      [userId],
    );
    const publishers: { name: string }[] = await this.db.query(
      `SELECT p.name FROM publishers p JOIN publisher_members m ON m.publisher_id = p.id AND m.user_id = $1
        WHERE NOT EXISTS (SELECT 1 FROM publisher_members x WHERE x.publisher_id = p.id AND x.user_id <> $1)`,
      [userId],
    );
    return { organisations: organisations.map((o) => o.name), publishers: publishers.map((p) => p.name) };
  }

  dueOrganisations(now: Date): Promise<{ id: string }[]> {
    return this.db.query(`SELECT id FROM organisations WHERE erase_after <= $1`, [now]);
  }

  dueAccounts(now: Date): Promise<{ id: string }[]> {
    return this.db.query(`SELECT id FROM users WHERE erase_after <= $1`, [now]);
  }

  /** Erases an organisation for good, with the mail about it still waiting or kept: to its
   * employees (the invitation addresses exist only because of it), and every mail or reminder
   * whose text names one of its ids (links to its rounds, plan or referrals). Null when another
   * instance was first, or the erasure was undone. */
  async eraseOrganisation(m: EntityManager, organisationId: string, now: Date): Promise<Record<string, number> | null> {
    const [org] = await m.query(`SELECT id FROM organisations WHERE id = $1 AND erase_after <= $2 FOR UPDATE`, [organisationId, now]);
    if (!org) return null;
    const ids: string[] = [organisationId, ...(await m.query(`SELECT id FROM scan_rounds WHERE organisation_id = $1`, [organisationId])).map((r: { id: string }) => r.id),
      ...(await m.query(`SELECT id FROM referrals WHERE organisation_id = $1`, [organisationId])).map((r: { id: string }) => r.id)];
    const emails: string[] = (await m.query(
      `SELECT DISTINCT lower(i.email) AS email FROM scan_invitations i JOIN scan_rounds r ON r.id = i.round_id WHERE r.organisation_id = $1 AND i.email IS NOT NULL`,
      [organisationId],
    )).map((r: { email: string }) => r.email);
    const mentions = `text_body LIKE ANY(SELECT '%' || x || '%' FROM unnest($1::text[]) x)`;
    // Reminders first: a bundler turning them into mail at this moment holds their rows, so this
    // waits for it, and the outbox delete after it (a statement of its own, so it sees what the
    // bundler committed) takes that mail too.
    const reminders = returningRows(await m.query(
      `DELETE FROM reminder_queue WHERE email = ANY($2) OR ${mentions} RETURNING id`, [ids, emails]));
    const mails = returningRows(await m.query(
      `DELETE FROM mail_outbox WHERE lower(to_address) = ANY($2) OR ${mentions} RETURNING id`, [ids, emails]));
    await m.query(`DELETE FROM mail_preferences WHERE email = ANY($1)`, [emails]);
    await m.query(`DELETE FROM unsubscribe_tokens WHERE email = ANY($1)`, [emails]);
    const [{ rounds }] = await m.query(`SELECT count(*)::int AS rounds FROM scan_rounds WHERE organisation_id = $1`, [organisationId]);
    await m.query(`DELETE FROM organisations WHERE id = $1`, [organisationId]);
    return { rounds, mails: mails.length, reminders: reminders.length, addresses: emails.length };
  }

  /** Erases an account: its sessions, tokens and memberships go with it (foreign keys), its mail
   * and reminders, preferences and sign-in attempts by address. What it did stays in shared
   * records without its name (a referral's "requested by", the audit log's actor). */
  async eraseAccount(m: EntityManager, userId: string, now: Date): Promise<Record<string, number> | null> {
    const [user] = await m.query(`SELECT email FROM users WHERE id = $1 AND erase_after <= $2 FOR UPDATE`, [userId, now]);
    if (!user) return null;
    const email = String(user.email).toLowerCase();
    // Reminders before mail, for the reason given in eraseOrganisation.
    const reminders = returningRows(await m.query(`DELETE FROM reminder_queue WHERE email = $1 RETURNING id`, [email]));
    const mails = returningRows(await m.query(`DELETE FROM mail_outbox WHERE lower(to_address) = $1 RETURNING id`, [email]));
    await m.query(`DELETE FROM reminder_days WHERE email = $1`, [email]);
    await m.query(`DELETE FROM mail_preferences WHERE email = $1`, [email]);
    await m.query(`DELETE FROM unsubscribe_tokens WHERE email = $1`, [email]);
    await m.query(`DELETE FROM login_attempts WHERE lower(email) = $1`, [email]);
    await m.query(`DELETE FROM users WHERE id = $1`, [userId]);
    return { mails: mails.length, reminders: reminders.length };
  }

  /** Marks the organisation for erasure after `eraseAfter`; returns its name. */
  async requestOrganisationErasure(m: EntityManager, organisationId: string, eraseAfter: Date, requestedBy: string): Promise<string> {
    const [row] = returningRows<{ name: string }>(await m.query(
      `UPDATE organisations SET erase_after = $2, erase_requested_by = $3 WHERE id = $1 RETURNING name`,
      [organisationId, eraseAfter, requestedBy],
    ));
    return row?.name ?? '';
  }

  async cancelOrganisationErasure(m: EntityManager, organisationId: string): Promise<void> {
    await m.query(`UPDATE organisations SET erase_after = NULL, erase_requested_by = NULL WHERE id = $1`, [organisationId]);
  }

  /** The account is erased after `eraseAfter` (null: not any more). */
  async setAccountEraseAfter(m: EntityManager, userId: string, eraseAfter: Date | null): Promise<void> {
    await m.query(`UPDATE users SET erase_after = $2 WHERE id = $1`, [userId, eraseAfter]);
  }
}
