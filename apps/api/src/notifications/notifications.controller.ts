import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { localeFromAcceptLanguage } from '@groeiwijzer/domain';
import { IsBoolean, IsOptional } from 'class-validator';
import { type FastifyReply } from 'fastify';
import { type AuthContext } from '../auth/auth.types';
import { Auth, Public } from '../auth/decorators';
import { NotificationsService, type Preferences } from './notifications.service';
import { confirmUnsubscribePage, unsubscribedPage } from './unsubscribe-pages';

export class PreferencesDto implements Partial<Preferences> {
  @IsOptional() @IsBoolean() scan?: boolean;
  @IsOptional() @IsBoolean() schemes?: boolean;
  @IsOptional() @IsBoolean() plan?: boolean;
  @IsOptional() @IsBoolean() referrals?: boolean;
  @IsOptional() @IsBoolean() rescan?: boolean;
  @IsOptional() @IsBoolean() publisher?: boolean;
}

@ApiTags('notifications')
@Controller()
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get('me/notification-preferences')
  get(@Auth() auth: AuthContext): Promise<Preferences> {
    return this.notifications.preferences(auth.user.email);
  }

  @Patch('me/notification-preferences')
  update(@Auth() auth: AuthContext, @Body() dto: PreferencesDto): Promise<Preferences> {
    return this.notifications.setPreferences(auth.user.email, dto);
  }

  /** The link in the mail footer: a page with one button (opening a link must not unsubscribe:
   * mail scanners open links too). */
  @Public()
  @Get('unsubscribe/:token')
  async confirm(@Param('token') token: string, @Headers('accept-language') acceptLanguage: string | undefined, @Res() reply: FastifyReply): Promise<void> {
    const { kind } = await this.notifications.find(token);
    const lang = localeFromAcceptLanguage(acceptLanguage);
    await reply.type('text/html; charset=utf-8').send(confirmUnsubscribePage(lang, kind, token));
  }

  /** One-click unsubscribe (RFC 8058: mail clients POST `List-Unsubscribe=One-Click`), and the
   * page's button. No account needed. */
  @Public()
  @Post('unsubscribe/:token')
  @HttpCode(200)
  async unsubscribe(
    @Param('token') token: string,
    @Headers('accept') accept: string | undefined,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { kind } = await this.notifications.unsubscribe(token);
    if (accept?.includes('text/html')) {
      await reply.type('text/html; charset=utf-8').send(unsubscribedPage(localeFromAcceptLanguage(acceptLanguage), kind));
      return;
    }
    await reply.send({ status: 'unsubscribed', kind });
  }
}
