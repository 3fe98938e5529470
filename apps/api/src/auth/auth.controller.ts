import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type MeResponse, type SessionResponse, type UserResponse } from '@groeiwijzer/contracts';
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
  async register(@Body() dto: RegisterDto, @Res({ passthrough: true }) res: FastifyReply): Promise<UserResponse> {
    return this.signedIn(await this.auth.register(dto), [], res);
  }

  @Public()
  @Post('auth/login')
  @HttpCode(200)
  async login(@Body() dto: LoginDto, @Req() req: FastifyRequest, @Res({ passthrough: true }) res: FastifyReply): Promise<UserResponse> {
    const held = readDeviceTokens(req);
    return this.signedIn(await this.auth.login(dto.email, dto.password, req.ip ?? 'unknown', held), held, res);
  }

  @Public()
  @Post('auth/logout')
  @HttpCode(204)
  async logout(@Req() req: FastifyRequest & { auth?: AuthContext }, @Res({ passthrough: true }) res: FastifyReply): Promise<void> {
    if (req.auth?.sessionId) await this.sessions.destroy(req.auth.sessionId);
    this.sessions.clearCookie(res);
  }

  @Get('auth/me')
  me(@Auth() auth: AuthContext): MeResponse {
    return this.auth.me(auth);
  }

  /** The web app asks this on every page: signed out is an answer (200), not an error (401). */
  @Public()
  @Get('auth/session')
  session(@MaybeAuth() auth: AuthContext | undefined): SessionResponse {
    return { me: auth ? this.auth.me(auth) : null };
  }

  @Patch('auth/me')
  async updateMe(@Auth() auth: AuthContext, @Body() dto: UpdateMeDto): Promise<UserResponse> {
    return { user: toUser(await this.auth.updateMe(auth.user.id, dto)) };
  }

  @Public()
  @Post('auth/magic-link')
  @HttpCode(202)
  async magicLink(@Body() dto: MagicLinkDto): Promise<{ status: 'sent' }> {
    await this.auth.requestMagicLink(dto.email, dto.locale);
    return { status: 'sent' };
  }

  @Public()
  @Post('auth/magic-link/verify')
  @HttpCode(200)
  async verifyMagicLink(@Body() dto: MagicLinkVerifyDto, @Req() req: FastifyRequest, @Res({ passthrough: true }) res: FastifyReply): Promise<UserResponse> {
    return this.signedIn(await this.auth.verifyMagicLink(dto.token), readDeviceTokens(req), res);
  }

  private signedIn({ user, token, device }: SignedIn, held: string[], res: FastifyReply): UserResponse {
    this.sessions.setCookie(res, token);
    if (device) addDeviceToken(res, held, device, this.config);
    return { user: toUser(user) };
  }

  @Get('me/tokens')
  listTokens(@Auth() auth: AuthContext) {
    return this.apiTokens.list(auth.user.id);
  }

  @Post('me/tokens')
  createToken(@Auth() auth: AuthContext, @Body() dto: CreateApiTokenDto) {
    return this.apiTokens.create(auth, dto.name);
  }

  @Delete('me/tokens/:id')
  @HttpCode(204)
  async revokeToken(@Auth() auth: AuthContext, @Param('id', uuid) id: string): Promise<void> {
    await this.apiTokens.revoke(auth.user.id, id);
  }
}
