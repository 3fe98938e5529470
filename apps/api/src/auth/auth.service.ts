import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type MeResponse } from '@groeiwijzer/contracts';
import { type Locale } from '@groeiwijzer/domain';
import { DataSource } from 'typeorm';
import { AppError } from '../common/app-error';
import { emailTaken } from '../users/users.queries';
import { UserEntity } from '../users/user.entity';
import { toUser } from '../users/user.mapper';
import { type AuthContext } from './auth.types';
import { type RegisterDto, type UpdateMeDto } from './dto/auth.dto';
import { hashPassword, verifyPassword } from './password';
import { assertStrongPassword } from './password-policy';
import { LoginThrottle } from './login-throttle.service';
import { SessionService } from './session.service';
import { MagicLinkRepository } from './magic-link.repository';
import { MagicLinkService } from './magic-link.service';
import { hashToken } from './tokens';

/** A new session, and the secret of a new device cookie (null: the browser's one is kept). */
export interface SignedIn {
  user: UserEntity;
  token: string;
  device: string | null;
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottle,
    private readonly magicLinks: MagicLinkService,
    private readonly linkRows: MagicLinkRepository,
  ) {}

  /** Creates the account, its first session and a device cookie together. */
  async register(dto: RegisterDto): Promise<SignedIn> {
    await assertStrongPassword(dto.password, dto);
    const passwordHash = await hashPassword(dto.password);
    return this.db.transaction(async (m) => {
      if (await emailTaken(m, dto.email)) {
        throw new AppError(HttpStatus.CONFLICT, 'email_taken', 'email_taken', {}, { email: 'field_email_taken' });
      }
      const user = await m.save(m.create(UserEntity, {
        email: dto.email, name: dto.name, passwordHash, locale: dto.locale ?? 'nl', isAdmin: false,
      }));
      const token = await this.sessions.create(user.id, m);
      return { user, token, device: await this.throttle.issueDevice(m, user.id) };
    });
  }

  /** A password sign-in, throttled (LoginThrottle); a browser without a device cookie for the
   * account gets one. */
  async login(email: string, password: string, ip: string, deviceTokens: string[]): Promise<SignedIn> {
    const attempt = await this.throttle.begin(email, ip, deviceTokens);
    const user = await this.db.getRepository(UserEntity).createQueryBuilder('u')
      .addSelect('u.passwordHash').where('lower(u.email) = :email', { email }).getOne();
    const ok = await verifyPassword(user?.passwordHash ?? null, password);
    if (!user || !ok) {
      await this.throttle.failed(attempt);
      throw new AppError(HttpStatus.UNAUTHORIZED, 'invalid_credentials', 'invalid_credentials');
    }
    await this.throttle.succeeded(attempt);
    return this.db.transaction(async (m) => ({
      user,
      token: await this.sessions.create(user.id, m),
      device: attempt.kind === 'device' ? null : await this.throttle.issueDevice(m, user.id),
    }));
  }

  /** Queues the request: the same work and the same answer for a known and an unknown address
   * (MagicLinkService sends the mail, off the request path). */
  requestMagicLink(email: string, locale: Locale | undefined): Promise<void> {
    return this.magicLinks.request(email, locale);
  }

  /** Spends a one-time link: it works once, within its time. */
  async verifyMagicLink(token: string): Promise<SignedIn> {
    return this.db.transaction(async (m) => {
      const userId = await this.linkRows.spend(m, hashToken(token));
      if (!userId) throw new AppError(HttpStatus.BAD_REQUEST, 'invalid_token', 'invalid_token');
      const user = await m.findOneOrFail(UserEntity, { where: { id: userId } });
      // The mailbox proved who this is: the browser becomes a trusted device, the way back in
      // for an owner whose account is being guessed at.
      return { user, token: await this.sessions.create(user.id, m), device: await this.throttle.issueDevice(m, user.id) };
    });
  }

  /** Everything `me` needs came with the auth context: no further query. */
  me(auth: AuthContext): MeResponse {
    return { user: toUser(auth.user), organisations: auth.organisations, publishers: auth.publishers, coachItemId: auth.coachItemId, isAdmin: auth.user.isAdmin };
  }

  async updateMe(userId: string, dto: UpdateMeDto): Promise<UserEntity> {
    const repo = this.db.getRepository(UserEntity);
    await repo.update(userId, { ...(dto.name ? { name: dto.name } : {}), ...(dto.locale ? { locale: dto.locale } : {}) });
    return repo.findOneOrFail({ where: { id: userId } });
  }
}
