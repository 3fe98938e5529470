import { randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager } from 'typeorm';
import { returningRows } from '../database/returning';

/** Answers wait in the inbox until at least this many are there for a round; then they move to
 * `scan_responses` together (see the UnlinkableAnswers migration). */
export const BATCH_MIN = 3;

export interface PendingAnswer {
  roundId: string;
  answers: string;
  comment: string | null;
  group: string | null;
}

export interface LinkRow {
  id: string;
  kind: 'personal' | 'shared';
  instrument_version: number;
  groups: string[];
}

function shuffled<T>(values: T[]): T[] {
  const copy = values.slice();
  for (let i = copy.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/** Every statement about employees' answers and the links they answer through. */
@Injectable()
export class AnswersRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The round a link leads to: the shared link by its value, a personal link by the
   * invitation it names (also once used, so a used link says "already answered"). */
  async findLink(token: string, invitationId: string | null): Promise<LinkRow | null> {
    const rows: LinkRow[] = await this.db.query(
      `SELECT r.id, 'shared' AS kind, r.instrument_version, r.groups FROM scan_rounds r WHERE r.share_token = $1
       UNION ALL
       SELECT r.id, 'personal', r.instrument_version, r.groups
         FROM scan_invitations i JOIN scan_rounds r ON r.id = i.round_id WHERE i.id = $2::uuid`,
      [token, invitationId],
    );
    return rows[0] ?? null;
  }

  /** Whether a personal link can still be used: it exists, unused. */
  async linkUsable(hash: string): Promise<boolean> {
    return (await this.db.query(`SELECT 1 FROM scan_invitation_tokens WHERE token_hash = $1`, [hash])).length > 0;
  }

  /** Whether the invitation was answered (its links are gone; it may still wait for its batch). */
  async invitationAnswered(invitationId: string): Promise<boolean> {
    const [row] = await this.db.query(
      `SELECT NOT EXISTS (SELECT 1 FROM scan_invitation_tokens t WHERE t.invitation_id = i.id) AS answered
         FROM scan_invitations i WHERE i.id = $1`,
      [invitationId],
    );
    return !!row?.answered;
  }

  /** Closing moments of the rounds that are open, for the answers of one write. */
  async openRounds(m: EntityManager, roundIds: string[]): Promise<Map<string, { closesAt: number; sharedClosed: boolean }>> {
    const rows: { id: string; closes_at: Date; share_link_closed_at: Date | null }[] = await m.query(
      `SELECT id, closes_at, share_link_closed_at FROM scan_rounds WHERE id = ANY($1) AND status = 'open'`, [roundIds]);
    return new Map(rows.map((r) => [r.id, { closesAt: r.closes_at.getTime(), sharedClosed: r.share_link_closed_at !== null }]));
  }

  /** Uses personal links: every link of their invitations is deleted (a deleted row leaves nothing
   * in a backup). Returns the hashes that were valid, with their invitation. */
  async spendLinks(m: EntityManager, hashes: string[]): Promise<Map<string, string>> {
    if (!hashes.length) return new Map();
    const rows = returningRows<{ token_hash: string; invitation_id: string }>(await m.query(
      `DELETE FROM scan_invitation_tokens
        WHERE invitation_id IN (SELECT invitation_id FROM scan_invitation_tokens WHERE token_hash = ANY($1))
        RETURNING token_hash, invitation_id`,
      [hashes],
    ));
    return new Map(rows.filter((r) => hashes.includes(r.token_hash)).map((r) => [r.token_hash, r.invitation_id]));
  }

  async addToInbox(m: EntityManager, answers: PendingAnswer[]): Promise<void> {
    if (!answers.length) return;
    await m.query(
      `INSERT INTO scan_response_inbox (round_id, answers, comment, group_name)
       SELECT * FROM unnest($1::uuid[], $2::jsonb[], $3::text[], $4::text[])`,
      [answers.map((a) => a.roundId), answers.map((a) => a.answers), answers.map((a) => a.comment), answers.map((a) => a.group)],
    );
  }

  /** Moves a round's waiting answers to `scan_responses` once at least BATCH_MIN wait (or all of
   * them with `all`, when the round closes, together with the answers already moved, so the whole
   * round shares one transaction and one random order). `day` is the only date they carry. The
   * invitations answered since the last batch are marked in the same transaction. */
  async moveBatch(m: EntityManager, roundId: string, day: string, all = false): Promise<number> {
    await m.query(`SELECT 1 FROM scan_rounds WHERE id = $1 FOR UPDATE`, [roundId]);
    const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM scan_response_inbox WHERE round_id = $1`, [roundId]);
    if (!all && n < BATCH_MIN) return 0;
    const waiting = returningRows<{ answers: unknown; comment: string | null; group_name: string | null }>(await m.query(
      `DELETE FROM scan_response_inbox WHERE round_id = $1 RETURNING answers, comment, group_name`, [roundId]));
    const earlier = all
      ? returningRows<{ answers: unknown; comment: string | null; group_name: string | null; submitted_on: string }>(await m.query(
        `DELETE FROM scan_responses WHERE round_id = $1 RETURNING answers, comment, group_name, submitted_on::text`, [roundId]))
      : [];
    const rows = shuffled([...waiting.map((r) => ({ ...r, submitted_on: day })), ...earlier]);
    if (rows.length) {
      await m.query(
        `INSERT INTO scan_responses (round_id, answers, comment, group_name, submitted_on)
         SELECT $1, * FROM unnest($2::jsonb[], $3::text[], $4::text[], $5::date[])`,
        [roundId, rows.map((r) => JSON.stringify(r.answers)), rows.map((r) => r.comment), rows.map((r) => r.group_name), rows.map((r) => r.submitted_on)],
      );
    }
    await m.query(
      `UPDATE scan_invitations i SET responded = true
        WHERE i.round_id = $1 AND NOT i.responded AND i.email IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM scan_invitation_tokens t WHERE t.invitation_id = i.id)`,
      [roundId],
    );
    return waiting.length;
  }

  /** Answers that count: moved out of the inbox. */
  async respondedCount(roundId: string, m: EntityManager = this.db.manager): Promise<number> {
    const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM scan_responses WHERE round_id = $1`, [roundId]);
    return n;
  }

  /** Every answer of a round, moved or waiting (for the cap on answers through the shared link). */
  async allAnswersCount(roundId: string): Promise<number> {
    const [{ n }] = await this.db.query(
      `SELECT (SELECT count(*) FROM scan_responses WHERE round_id = $1) + (SELECT count(*) FROM scan_response_inbox WHERE round_id = $1) AS n`,
      [roundId],
    );
    return Number(n);
  }

  async employeesOf(roundId: string): Promise<number> {
    const [row] = await this.db.query(`SELECT o.employees FROM scan_rounds r JOIN organisations o ON o.id = r.organisation_id WHERE r.id = $1`, [roundId]);
    return row?.employees ?? 0;
  }

  /** A new personal link for an invitation (its first, or one in a reminder). */
  async addLink(m: EntityManager, invitationId: string, hash: string): Promise<void> {
    await m.query(`INSERT INTO scan_invitation_tokens (token_hash, invitation_id) VALUES ($1, $2)`, [hash, invitationId]);
  }

  async recordAlert(roundId: string, day: string, kind: 'burst' | 'refused'): Promise<void> {
    await this.db.query(
      `INSERT INTO scan_round_alerts (round_id, day, kind) VALUES ($1, $2, $3)
       ON CONFLICT (round_id, day, kind) DO UPDATE SET count = scan_round_alerts.count + 1`,
      [roundId, day, kind],
    );
  }

  alerts(roundId: string): Promise<{ day: string; kind: 'burst' | 'refused'; count: number }[]> {
    return this.db.query(`SELECT day::text AS day, kind, count FROM scan_round_alerts WHERE round_id = $1 ORDER BY day, kind`, [roundId]);
  }

  async setSharedLinkClosed(roundId: string, at: Date | null): Promise<void> {
    await this.db.query(`UPDATE scan_rounds SET share_link_closed_at = $2 WHERE id = $1`, [roundId, at]);
  }

  /** Rounds with enough waiting answers for a batch. */
  async roundsWithBatch(): Promise<string[]> {
    const rows: { round_id: string }[] = await this.db.query(
      `SELECT round_id FROM scan_response_inbox GROUP BY round_id HAVING count(*) >= $1`, [BATCH_MIN]);
    return rows.map((r) => r.round_id);
  }

  /** Invitation addresses (and unused links) of rounds closed before `before`: only counts stay. */
  async purgeAddresses(before: Date): Promise<number> {
    return this.db.transaction(async (m) => {
      const rows = returningRows<{ id: string }>(await m.query(
        `UPDATE scan_invitations i SET email = NULL FROM scan_rounds r
          WHERE r.id = i.round_id AND r.status = 'closed' AND r.closed_at < $1 AND i.email IS NOT NULL
          RETURNING i.id`,
        [before],
      ));
      if (rows.length) await m.query(`DELETE FROM scan_invitation_tokens WHERE invitation_id = ANY($1)`, [rows.map((r) => r.id)]);
      return rows.length;
    });
  }

  /** Deleted inbox rows and links leave the table files too, not only backups. */
  async vacuum(): Promise<void> {
    await this.db.query(`VACUUM scan_response_inbox, scan_invitation_tokens`);
  }
}
