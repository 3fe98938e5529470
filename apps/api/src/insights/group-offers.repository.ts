import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { K_ORGANISATIONS, MAX_EMPLOYEES, sizeClassFor } from '@groeiwijzer/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { returningRows } from '../database/returning';

/** The size class of every employee count, indexed by the count: the domain's rule, handed to SQL
 * as an array (`($n::text[])[employees]`) so that it is not written a second time. */
const SIZE_CLASS_OF = Array.from({ length: MAX_EMPLOYEES }, (_, i) => sizeClassFor(i + 1));

export interface GroupOfferItem { id: string; title: string; kind: 'scheme' | 'training' | 'coach'; publisher: string }

/** An owner to tell: their organisation shared an unanswered weak spot that the item answers. */
export interface GroupOfferRecipient {
  organisation_id: string;
  organisation: string;
  region: string;
  aspects: string[];
  email: string;
  name: string;
  locale: 'nl' | 'en';
}

/** The SQL of the "gezamenlijke vraag" mail: which published items still need a look, and which
 * opted-in owners an item answers. */
@Injectable()
export class GroupOffersRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** Items published in the last `days` days that no instance has looked at yet, oldest first
   * (`published_at` is the database's moment, so the window is measured on the same clock). */
  async unchecked(days: number, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT i.id FROM catalogue_items i
        WHERE i.status = 'published' AND i.published_at >= now() - make_interval(days => $1)
          AND NOT EXISTS (SELECT 1 FROM group_offer_checks c WHERE c.item_id = i.id)
        ORDER BY i.published_at, i.id LIMIT $2`,
      [days, limit],
    );
    return rows.map((r) => r.id);
  }

  /** Claims the item for this transaction: false when another instance has (or had) it. */
  async claim(m: EntityManager, itemId: string, now: Date): Promise<boolean> {
    const rows = returningRows<{ item_id: string }>(await m.query(
      `INSERT INTO group_offer_checks (item_id, checked_at, organisations) VALUES ($1, $2, 0)
       ON CONFLICT (item_id) DO NOTHING RETURNING item_id`,
      [itemId, now],
    ));
    return rows.length === 1;
  }

  async recordCount(m: EntityManager, itemId: string, organisations: number): Promise<void> {
    await m.query(`UPDATE group_offer_checks SET organisations = $2 WHERE item_id = $1`, [itemId, organisations]);
  }

  async item(m: EntityManager, itemId: string): Promise<GroupOfferItem | null> {
    const [row] = await m.query(
      `SELECT i.id, i.title, i.kind, p.name AS publisher FROM catalogue_items i JOIN publishers p ON p.id = i.publisher_id
        WHERE i.id = $1 AND i.status = 'published'`,
      [itemId],
    );
    return row ?? null;
  }

  /**
   * The opted-in owners of organisations the item answers a "gezamenlijke vraag" for. An
   * organisation belongs to such a demand when its latest ready round (one that met its own
   * respondent threshold) has the aspect as a weak spot and no published offer it is eligible for
   * (region, sector, size class, valid today) addressed that aspect before this item was published;
   * the demand is shared when at least `K_ORGANISATIONS` organisations of one region are in it. Of
   * those, the ones eligible for this item whose owners opted in are told, one row per owner and
   * organisation, with every aspect of theirs the item answers.
   */
  recipients(m: EntityManager, itemId: string, today: string): Promise<GroupOfferRecipient[]> {
    return m.query(
      `WITH x AS (
         SELECT id, regions, sectors, size_classes, aspects, published_at FROM catalogue_items
          WHERE id = $1 AND status = 'published'
            AND (valid_from IS NULL OR valid_from <= $2::date) AND (valid_until IS NULL OR valid_until >= $2::date)
       ), latest AS (
         SELECT DISTINCT ON (r.organisation_id) r.organisation_id, r.results->'view'->'weakSpots' AS weak
           FROM scan_rounds r
          WHERE r.status = 'closed' AND r.results IS NOT NULL AND NOT coalesce((r.results->>'withheld')::boolean, false)
          ORDER BY r.organisation_id, r.closed_at DESC, r.id DESC
       ), weak AS (
         SELECT o.id AS organisation_id, o.name AS organisation, o.region, o.sector, ($3::text[])[o.employees] AS size_class,
                o.group_offer_mail, a.aspect
           FROM x CROSS JOIN LATERAL unnest(x.aspects) AS a(aspect)
           JOIN organisations o ON (x.regions @> ARRAY['landelijk'] OR o.region = ANY(x.regions)) AND o.erase_after IS NULL
           JOIN latest l ON l.organisation_id = o.id AND l.weak ? a.aspect
       ), unanswered AS (
         SELECT w.* FROM weak w CROSS JOIN x
          WHERE NOT EXISTS (
            SELECT 1 FROM catalogue_items i
             WHERE i.status = 'published' AND i.id <> x.id AND i.published_at < x.published_at
               AND i.aspects @> ARRAY[w.aspect]
               AND (i.regions @> ARRAY['landelijk'] OR i.regions @> ARRAY[w.region])
               AND (i.sectors = '{}' OR i.sectors @> ARRAY[w.sector])
               AND (i.size_classes = '{}' OR i.size_classes @> ARRAY[w.size_class])
               AND (i.valid_from IS NULL OR i.valid_from <= $2::date) AND (i.valid_until IS NULL OR i.valid_until >= $2::date))
       ), shared AS (
         SELECT region, aspect FROM unanswered GROUP BY region, aspect HAVING count(*) >= $4
       )
       SELECT u.organisation_id, u.organisation, u.region, array_agg(u.aspect ORDER BY u.aspect) AS aspects,
              usr.email, usr.name, usr.locale
         FROM unanswered u
         JOIN shared s ON s.region = u.region AND s.aspect = u.aspect
         CROSS JOIN x
         JOIN organisation_members om ON om.organisation_id = u.organisation_id AND om.role = 'owner'
         JOIN users usr ON usr.id = om.user_id AND usr.erase_after IS NULL
        WHERE u.group_offer_mail
          AND (x.sectors = '{}' OR x.sectors @> ARRAY[u.sector])
          AND (x.size_classes = '{}' OR x.size_classes @> ARRAY[u.size_class])
        GROUP BY u.organisation_id, u.organisation, u.region, usr.email, usr.name, usr.locale
        ORDER BY u.organisation_id, usr.email`,
      [itemId, today, SIZE_CLASS_OF, K_ORGANISATIONS],
    );
  }
}
