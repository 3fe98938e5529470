import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DeclineReason, type ReferralShare, type ReferralStatus } from '@groeiwijzer/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { type ItemRow } from '../catalogue/item.mapper';
import { returningRows } from '../database/returning';
import { type StoredResults } from '../scan/employee-view';

/** A referral with what its two views and its mails need. */
export interface ReferralRow {
  id: string;
  organisation_id: string;
  coach_item_id: string;
  requested_by: string | null;
  message: string;
  aspect: string | null;
  status: ReferralStatus;
  share: ReferralShare;
  share_round_id: string | null;
  consent_given_at: Date;
  consent_withdrawn_at: Date | null;
  requested_at: Date;
  answer_by: Date | null;
  remind_at: Date | null;
  reminded_at: Date | null;
  accepted_at: Date | null;
  declined_at: Date | null;
  decline_reason: DeclineReason | null;
  decline_note: string | null;
  completed_at: Date | null;
  lapsed_at: Date | null;
  cancelled_at: Date | null;
  forwarded_from: string | null;
  owner_rating: number | null;
  owner_comment: string | null;
  owner_feedback_at: Date | null;
  coach_followed_up: boolean | null;
  coach_note: string | null;
  coach_feedback_at: Date | null;
  /** The request this one was forwarded to, and when. */
  forwarded_to: string | null;
  forwarded_at: Date | null;
  organisation_name: string;
  organisation_sector: string;
  organisation_region: string;
  organisation_employees: number;
  coach_title: string;
  coach_provider: string;
  coach_email: string | null;
  coach_details: ItemRow['details'];
  requester_name: string | null;
  requester_email: string | null;
  requester_locale: 'nl' | 'en' | null;
}

export interface SharedRoundRow {
  id: string;
  title: string;
  closed_at: Date | null;
  instrument_version: number;
  results: StoredResults | null;
  self_answers: Record<string, number | null> | null;
}

export interface NewReferral {
  organisationId: string;
  coachItemId: string;
  requestedBy: string;
  message: string;
  aspect: string | null;
  share: ReferralShare;
  shareRoundId: string | null;
  now: Date;
  answerBy: Date;
  remindAt: Date;
  forwardedFrom: string | null;
}

const SELECT = `
  SELECT r.*, fwd.id AS forwarded_to, fwd.requested_at AS forwarded_at,
         o.name AS organisation_name, o.sector AS organisation_sector, o.region AS organisation_region, o.employees AS organisation_employees,
         c.title AS coach_title, c.provider AS coach_provider, c.contact_email AS coach_email, c.details AS coach_details,
         u.name AS requester_name, u.email AS requester_email, u.locale AS requester_locale
    FROM referrals r
    JOIN organisations o ON o.id = r.organisation_id
    JOIN catalogue_items c ON c.id = r.coach_item_id
    LEFT JOIN users u ON u.id = r.requested_by
    LEFT JOIN referrals fwd ON fwd.forwarded_from = r.id`;

/** Referrals' SQL: the requests, their steps, consent and feedback, and the deadline claims. */
@Injectable()
export class ReferralsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** lock: FOR UPDATE of the referral row, for a change that depends on its state. */
  async find(id: string, m: EntityManager = this.db.manager, lock = false): Promise<ReferralRow | null> {
    if (lock) await m.query(`SELECT id FROM referrals WHERE id = $1 FOR UPDATE`, [id]);
    const [row] = await m.query(`${SELECT} WHERE r.id = $1`, [id]);
    return row ?? null;
  }

  listForOrganisation(organisationId: string): Promise<ReferralRow[]> {
    return this.db.query(`${SELECT} WHERE r.organisation_id = $1 ORDER BY r.requested_at DESC, r.id`, [organisationId]);
  }

  listForCoach(coachItemId: string): Promise<ReferralRow[]> {
    return this.db.query(`${SELECT} WHERE r.coach_item_id = $1 ORDER BY r.status <> 'requested', r.requested_at DESC, r.id`, [coachItemId]);
  }

  async hasOpen(m: EntityManager, organisationId: string, coachItemId: string): Promise<boolean> {
    const [row] = await m.query(
      `SELECT 1 FROM referrals WHERE organisation_id = $1 AND coach_item_id = $2 AND status IN ('requested', 'accepted')`,
      [organisationId, coachItemId],
    );
    return !!row;
  }

  /** Coaches a forward must skip: every coach of this request's chain, and those with an open
   * request of the organisation. */
  async coachesToSkip(m: EntityManager, referralId: string, organisationId: string): Promise<string[]> {
    const rows: { coach_item_id: string }[] = await m.query(
      `WITH RECURSIVE chain AS (
         SELECT id, coach_item_id, forwarded_from FROM referrals WHERE id = $1
         UNION SELECT r.id, r.coach_item_id, r.forwarded_from FROM referrals r JOIN chain c ON r.id = c.forwarded_from)
       SELECT coach_item_id FROM chain
       UNION SELECT coach_item_id FROM referrals WHERE organisation_id = $2 AND status IN ('requested', 'accepted')`,
      [referralId, organisationId],
    );
    return rows.map((r) => r.coach_item_id);
  }

  async insert(m: EntityManager, r: NewReferral): Promise<string> {
    const [row] = await m.query(
      `INSERT INTO referrals (organisation_id, coach_item_id, requested_by, message, aspect, status, share, share_round_id,
                              consent_given_at, requested_at, answer_by, remind_at, forwarded_from)
       VALUES ($1, $2, $3, $4, $5, 'requested', $6, $7, $8, $8, $9, $10, $11) RETURNING id`,
      [r.organisationId, r.coachItemId, r.requestedBy, r.message, r.aspect, r.share, r.shareRoundId, r.now, r.answerBy, r.remindAt, r.forwardedFrom],
    );
    return row.id;
  }

  /** Moves a referral from one of `from` to `to`, stamping `${to}_at`; false when it was not in `from`. */
  async transition(
    m: EntityManager, id: string, from: ReferralStatus[], to: 'accepted' | 'declined' | 'completed' | 'lapsed' | 'cancelled', now: Date,
    decline?: { reason: DeclineReason; note: string | null },
  ): Promise<boolean> {
    const rows = returningRows(await m.query(
      `UPDATE referrals SET status = $3, ${to}_at = $4,
              decline_reason = COALESCE($5, decline_reason), decline_note = COALESCE($6, decline_note)
        WHERE id = $1 AND status = ANY($2::text[]) RETURNING id`,
      [id, from, to, now, decline?.reason ?? null, decline?.note ?? null],
    ));
    return rows.length > 0;
  }

  /** Idempotent: the first withdrawal's moment stays. */
  async withdrawConsent(m: EntityManager, id: string, now: Date): Promise<void> {
    await m.query(`UPDATE referrals SET consent_withdrawn_at = COALESCE(consent_withdrawn_at, $2) WHERE id = $1`, [id, now]);
  }

  /** Once, after completion; false otherwise. */
  async ownerFeedback(m: EntityManager, id: string, rating: number, comment: string | null, now: Date): Promise<boolean> {
    return returningRows(await m.query(
      `UPDATE referrals SET owner_rating = $2, owner_comment = $3, owner_feedback_at = $4
        WHERE id = $1 AND status = 'completed' AND owner_feedback_at IS NULL RETURNING id`,
      [id, rating, comment, now],
    )).length > 0;
  }

  async coachFeedback(m: EntityManager, id: string, followedUp: boolean, note: string | null, now: Date): Promise<boolean> {
    return returningRows(await m.query(
      `UPDATE referrals SET coach_followed_up = $2, coach_note = $3, coach_feedback_at = $4
        WHERE id = $1 AND status = 'completed' AND coach_feedback_at IS NULL RETURNING id`,
      [id, followedUp, note, now],
    )).length > 0;
  }

  /** The rounds whose results were shared, with the owner's own answers (for the report's gaps). */
  sharedRounds(ids: string[]): Promise<SharedRoundRow[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.db.query(
      `SELECT r.id, r.title, r.closed_at, r.instrument_version, r.results, s.answers AS self_answers
         FROM scan_rounds r LEFT JOIN scan_self_assessments s ON s.round_id = r.id WHERE r.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /** The account behind a coach's contact address, if there is one (its language for mails). */
  async account(m: EntityManager, email: string | null): Promise<{ name: string; locale: 'nl' | 'en' } | null> {
    if (!email) return null;
    const [row] = await m.query(`SELECT name, locale FROM users WHERE lower(email) = lower($1)`, [email]);
    return row ?? null;
  }

  /** Who hears about a request's steps: the owner who asked, or every owner if that account is gone. */
  async ownersToTell(m: EntityManager, referral: ReferralRow): Promise<{ name: string; email: string; locale: 'nl' | 'en' }[]> {
    if (referral.requester_email) return [{ name: referral.requester_name ?? '', email: referral.requester_email, locale: referral.requester_locale ?? 'nl' }];
    return m.query(
      `SELECT u.name, u.email, u.locale FROM organisation_members om JOIN users u ON u.id = om.user_id
        WHERE om.organisation_id = $1 AND om.role = 'owner' ORDER BY u.email`,
      [referral.organisation_id],
    );
  }

  /** Requests past their reminder moment that were not reminded yet. */
  async dueReminders(now: Date): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT id FROM referrals WHERE status = 'requested' AND reminded_at IS NULL AND remind_at < $1 AND answer_by >= $1 ORDER BY remind_at`,
      [now],
    );
    return rows.map((r) => r.id);
  }

  /** Claims the one reminder of a request: only one caller (of any API process) gets true. */
  async claimReminder(m: EntityManager, id: string, now: Date): Promise<boolean> {
    return returningRows(await m.query(
      `UPDATE referrals SET reminded_at = $2 WHERE id = $1 AND status = 'requested' AND reminded_at IS NULL AND remind_at < $2 RETURNING id`,
      [id, now],
    )).length > 0;
  }

  async dueLapses(now: Date): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT id FROM referrals WHERE status = 'requested' AND answer_by < $1 ORDER BY answer_by`,
      [now],
    );
    return rows.map((r) => r.id);
  }

  /** Lapses a request whose answer time passed: only one caller gets true. */
  async lapse(m: EntityManager, id: string, now: Date): Promise<boolean> {
    return returningRows(await m.query(
      `UPDATE referrals SET status = 'lapsed', lapsed_at = $2 WHERE id = $1 AND status = 'requested' AND answer_by < $2 RETURNING id`,
      [id, now],
    )).length > 0;
  }
}
