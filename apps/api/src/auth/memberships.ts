import { type MeResponse } from '@groeiwijzer/contracts';

/** SQL that yields a user's organisations and publishers as JSON, for `$1` = user id. Part of the
 * one query that resolves who is asking, so `me` and membership checks need no second trip. */
export const MEMBERSHIPS_SQL = `
  COALESCE((SELECT json_agg(json_build_object('id', o.id, 'name', o.name, 'role', m.role) ORDER BY o.name)
              FROM organisation_members m JOIN organisations o ON o.id = m.organisation_id
             WHERE m.user_id = u.id), '[]') AS organisations,
  COALESCE((SELECT json_agg(json_build_object('id', p.id, 'name', p.name) ORDER BY p.name)
              FROM publisher_members m JOIN publishers p ON p.id = m.publisher_id
             WHERE m.user_id = u.id), '[]') AS publishers`;

export interface Memberships {
  organisations: MeResponse['organisations'];
  publishers: MeResponse['publishers'];
}
