import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailModule } from '../mail/mail.module';
import { ApiTokenService } from './api-token.service';
import { ApiTokenEntity } from './auth.entities';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { LoginThrottleJob } from './login-throttle.job';
import { MagicLinkRepository } from './magic-link.repository';
import { MagicLinkService } from './magic-link.service';
import { LoginThrottleRepository } from './login-throttle.repository';
import { LoginThrottle } from './login-throttle.service';
import { SessionRepository } from './session.repository';
import { SessionService } from './session.service';

@Module({
  imports: [TypeOrmModule.forFeature([ApiTokenEntity]), MailModule],
  controllers: [AuthController],
  providers: [AuthService, SessionService, SessionRepository, ApiTokenService, LoginThrottle, LoginThrottleRepository, LoginThrottleJob, MagicLinkService, MagicLinkRepository, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [SessionService],
})
export class AuthModule {}
