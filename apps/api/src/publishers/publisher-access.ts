import { type EntityManager } from 'typeorm';
import { AppError } from '../common/app-error';

/** Only a publisher's members may see or change its editors and invitations; everyone else
 * gets 404, as if the publisher did not exist. */
export async function assertPublisherMember(manager: EntityManager, userId: string, publisherId: string): Promise<void> {
  const rows = await manager.query(`SELECT 1 FROM publisher_members WHERE publisher_id = $1 AND user_id = $2`, [publisherId, userId]);
  if (!rows.length) throw AppError.notFound();
}
