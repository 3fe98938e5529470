import { type MeResponse } from '@groeiwijzer/contracts';

/** SQL that yields a user's organisations and publishers as JSON, for `$1` = user id. Part of the
 * one query that resolves who is asking, so `me` and membership checks need no second trip. */
export const MEMBERSHIPS_SQL = `
  COALESCE((SELECT json_agg(json_build_object('id', o.id, 'name', o.name, 'role', m.role) ORDER BY o.name)
              FROM organisation_members m JOIN organisations o ON o.id = m.organisation_id
             WHERE m.user_id = u.id), '[]') AS organisations,
  COALESCE((SELECT json_agg(json_build_object('id', p.id, 'name', p.name) ORDER BY p.name)
              FROM publisher_members m JOIN publishers p ON p.id = m.publisher_id
             WHERE m.user_id = u.id), '[]') AS publishers,
  (SELECT c.id FROM catalogue_items c
    WHERE c.kind = 'coach' AND c.contact_email = lower(u.email) AND c.approved AND c.status <> 'archived'
    ORDER BY c.status = 'published' DESC, c.created_at LIMIT 1) AS coach_item_id`;

export interface Memberships {
  organisations: MeResponse['organisations'];
  publishers: MeResponse['publishers'];
  /** The approved coach item whose contact address is this user's: they receive its referrals. */
  coachItemId: string | null;
}
