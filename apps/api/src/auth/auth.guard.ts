import { type CanActivate, type ExecutionContext, HttpStatus, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppError } from '../common/app-error';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { ApiTokenService } from './api-token.service';
import { type AuthedRequest, SESSION_COOKIE } from './auth.types';
import { IS_ADMIN_ONLY, IS_PUBLIC, OWN_CREDENTIALS } from './decorators';
import { isAllowedOrigin } from './same-origin';
import { SessionService } from './session.service';

/** Runs on every route: who is asking (session cookie or Bearer token), and may they? */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
    private readonly apiTokens: ApiTokenService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthedRequest>();
    if (!isAllowedOrigin(request.method, request.headers as Record<string, string>, request.protocol, this.config.publicUrl)) {
      throw new AppError(HttpStatus.FORBIDDEN, 'cross_origin', 'cross_origin');
    }
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets);
    if (this.reflector.getAllAndOverride<boolean>(OWN_CREDENTIALS, targets)) return true;

    const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    const cookie: string | undefined = request.cookies?.[SESSION_COOKIE];
    if (bearer) {
      const auth = await this.apiTokens.resolve(bearer);
      if (!auth) throw AppError.unauthenticated();
      request.auth = auth;
    } else if (cookie) {
      request.auth = (await this.sessions.resolve(cookie)) ?? undefined;
    }

    if (isPublic) return true;
    if (!request.auth) throw AppError.unauthenticated();
    if (this.reflector.getAllAndOverride<boolean>(IS_ADMIN_ONLY, targets) && !request.auth.user.isAdmin) {
      throw AppError.forbidden();
    }
    return true;
  }
}
