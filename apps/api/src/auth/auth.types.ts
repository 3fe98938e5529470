import { type FastifyRequest } from 'fastify';
import { type UserEntity } from '../users/user.entity';
import { type Memberships } from './memberships';

export interface AuthContext extends Memberships {
  user: UserEntity;
  /** Set when the request came with a session cookie (not an API token). */
  sessionId: string | null;
}

export type AuthedRequest = FastifyRequest & { auth?: AuthContext };

export const SESSION_COOKIE = 'gw_session';
