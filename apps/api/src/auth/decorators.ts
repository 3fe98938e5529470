import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { AppError } from '../common/app-error';
import { type AuthContext, type AuthedRequest } from './auth.types';

export const IS_PUBLIC = 'isPublic';
/** The route answers without a signed-in user. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
export const OWN_CREDENTIALS = 'ownCredentials';
/** A route that checks its own credentials (e.g. /metrics with its bearer token): the guard
 * does not read the Authorization header or the session for it. */
export const OwnCredentials = () => SetMetadata(OWN_CREDENTIALS, true);

export const IS_ADMIN_ONLY = 'isAdminOnly';
/** Only platform admins may call the route. */
export const AdminOnly = () => SetMetadata(IS_ADMIN_ONLY, true);

/** The signed-in user's auth context (the guard guarantees it on non-public routes). */
export const Auth = createParamDecorator((_data: unknown, ctx: ExecutionContext): AuthContext => {
  const request = ctx.switchToHttp().getRequest<AuthedRequest>();
  if (!request.auth) throw AppError.unauthenticated();
  return request.auth;
});

/** On a public route: the auth context when someone is signed in, else undefined. */
export const MaybeAuth = createParamDecorator((_data: unknown, ctx: ExecutionContext): AuthContext | undefined =>
  ctx.switchToHttp().getRequest<AuthedRequest>().auth,
);
