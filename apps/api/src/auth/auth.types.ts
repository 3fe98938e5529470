import { type Request } from 'express';
import { type UserEntity } from '../users/user.entity';

export interface AuthContext {
  user: UserEntity;
  /** Set when the request came with a session cookie (not an API token). */
  sessionId: string | null;
}

export interface AuthedRequest extends Request {
  auth?: AuthContext;
}

export const SESSION_COOKIE = 'gw_session';
