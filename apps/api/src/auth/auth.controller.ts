import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  type ApiTokenCreated, type ApiTokenSummary, type MagicLinkSentResponse, type MeResponse, type SessionResponse, type UserResponse,
} from '@groeiwijzer/contracts';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { toUser } from '../users/user.mapper';
import { ApiTokenService } from './api-token.service';
import { AuthService, type SignedIn } from './auth.service';
import { addDeviceToken, readDeviceTokens } from './device-cookie';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { type AuthContext } from './auth.types';
import { Auth, MaybeAuth, Public } from './decorators';
import { CreateApiTokenDto, LoginDto, MagicLinkDto, MagicLinkVerifyDto, RegisterDto, UpdateMeDto } from './dto/auth.dto';
import { SessionService } from './session.service';
import { uuidParam as uuid } from '../common/validation';
import { Errors, NoContent, Returns, ReturnsList } from '../platform/openapi/responses';

@ApiTags('accounts')
@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    private readonly apiTokens: ApiTokenService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('auth/register')
  @Returns('UserResponse', 201, 'Registered and signed in (session cookie set).')
  @Errors(400, [409, '`email_taken`: an account has this address (`fields.email`).'], 413)
  async register(@Body() dto: RegisterDto, @Res({ passthrough: true }) res: FastifyReply): Promise<UserResponse> {
    return this.signedIn(await this.auth.register(dto), [], res);
  }

  @Public()
  @Post('auth/login')
  @HttpCode(200)
  @Returns('UserResponse', 200, 'Signed in (session cookie set).')
  @Errors(400, [401, '`invalid_credentials`: wrong address or password.'], 413, [429, '`too_many_attempts`: too many failed sign-ins; `Retry-After` says when to try again (or use the mail link).'])
  async login(@Body() dto: LoginDto, @Req() req: FastifyRequest, @Res({ passthrough: true }) res: FastifyReply): Promise<UserResponse> {
    const held = readDeviceTokens(req);
    return this.signedIn(await this.auth.login(dto.email, dto.password, req.ip ?? 'unknown', held), held, res);
  }

  @Public()
  @Post('auth/logout')
  @HttpCode(204)
  @NoContent('Signed out (the session cookie is cleared), also when no one was signed in.')
  async logout(@Req() req: FastifyRequest & { auth?: AuthContext }, @Res({ passthrough: true }) res: FastifyReply): Promise<void> {
    if (req.auth?.sessionId) await this.sessions.destroy(req.auth.sessionId);
    this.sessions.clearCookie(res);
  }

  @Get('auth/me')
  @Returns('MeResponse')
  @Errors(401)
  me(@Auth() auth: AuthContext): MeResponse {
    return this.auth.me(auth);
  }

  /** The web app asks this on every page: signed out is an answer (200), not an error (401). */
  @Public()
  @Get('auth/session')
  @Returns('SessionResponse')
  session(@MaybeAuth() auth: AuthContext | undefined): SessionResponse {
    return { me: auth ? this.auth.me(auth) : null };
  }

  @Patch('auth/me')
  @Returns('UserResponse')
  @Errors(400, 401, 413)
  async updateMe(@Auth() auth: AuthContext, @Body() dto: UpdateMeDto): Promise<UserResponse> {
    return { user: toUser(await this.auth.updateMe(auth.user.id, dto)) };
  }

  @Public()
  @Post('auth/magic-link')
  @HttpCode(202)
  @Returns('MagicLinkSentResponse', 202, 'The same answer whether or not the address has an account.')
  @Errors(400, 413)
  async magicLink(@Body() dto: MagicLinkDto): Promise<MagicLinkSentResponse> {
    await this.auth.requestMagicLink(dto.email, dto.locale);
    return { status: 'sent' };
  }

  @Public()
  @Post('auth/magic-link/verify')
  @HttpCode(200)
  @Returns('UserResponse', 200, 'Signed in (session cookie set).')
  @Errors([400, '`invalid_token`: the link was used or has expired; `validation_failed` for a malformed body.'], 413)
  async verifyMagicLink(@Body() dto: MagicLinkVerifyDto, @Req() req: FastifyRequest, @Res({ passthrough: true }) res: FastifyReply): Promise<UserResponse> {
    return this.signedIn(await this.auth.verifyMagicLink(dto.token), readDeviceTokens(req), res);
  }

  private signedIn({ user, token, device }: SignedIn, held: string[], res: FastifyReply): UserResponse {
    this.sessions.setCookie(res, token);
    if (device) addDeviceToken(res, held, device, this.config);
    return { user: toUser(user) };
  }

  @Get('me/tokens')
  @ReturnsList('ApiTokenSummary')
  @Errors(401)
  listTokens(@Auth() auth: AuthContext): Promise<ApiTokenSummary[]> {
    return this.apiTokens.list(auth.user.id);
  }

  @Post('me/tokens')
  @Returns('ApiTokenCreated', 201, 'The secret is shown in this answer only.')
  @Errors(400, 401, [403, '`session_required`: only a signed-in session (cookie) makes a token, not a token.'], 413)
  createToken(@Auth() auth: AuthContext, @Body() dto: CreateApiTokenDto): Promise<ApiTokenCreated> {
    return this.apiTokens.create(auth, dto.name);
  }

  @Delete('me/tokens/:id')
  @HttpCode(204)
  @NoContent('Revoked.')
  @Errors(401, 404)
  async revokeToken(@Auth() auth: AuthContext, @Param('id', uuid) id: string): Promise<void> {
    await this.apiTokens.revoke(auth.user.id, id);
  }
}
