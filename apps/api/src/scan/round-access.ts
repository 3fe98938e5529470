import { type AuthContext } from '../auth/auth.types';
import { AppError } from '../common/app-error';

/** Only owners of the organisation touch its rounds; anyone else learns nothing (404). */
export function assertOwner(auth: AuthContext, organisationId: string): void {
  if (!auth.organisations.some((o) => o.id === organisationId && o.role === 'owner')) throw AppError.notFound();
}
