import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Post, Res } from '@nestjs/common';
import { ApiResponse, ApiTags } from '@nestjs/swagger';
import { type UnsubscribedResponse } from '@groeiwijzer/contracts';
import { localeFromAcceptLanguage } from '@groeiwijzer/domain';
import { IsBoolean, IsOptional } from 'class-validator';
import { type FastifyReply } from 'fastify';
import { type AuthContext } from '../auth/auth.types';
import { Auth, Public } from '../auth/decorators';
import { NotificationsService, type Preferences } from './notifications.service';
import { Errors, Returns, ReturnsFile, schemaRef } from '../platform/openapi/responses';
import { confirmUnsubscribePage, unsubscribedPage } from './unsubscribe-pages';

export class PreferencesDto implements Partial<Preferences> {
  @IsOptional() @IsBoolean() scan?: boolean;
  @IsOptional() @IsBoolean() schemes?: boolean;
  @IsOptional() @IsBoolean() plan?: boolean;
  @IsOptional() @IsBoolean() referrals?: boolean;
  @IsOptional() @IsBoolean() rescan?: boolean;
  @IsOptional() @IsBoolean() publisher?: boolean;
  @IsOptional() @IsBoolean() offers?: boolean;
}

@ApiTags('notifications')
@Controller()
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get('me/notification-preferences')
  @Returns('NotificationPreferences')
  @Errors(401)
  get(@Auth() auth: AuthContext): Promise<Preferences> {
    return this.notifications.preferences(auth.user.email);
  }

  @Patch('me/notification-preferences')
  @Returns('NotificationPreferences', 200, 'All kinds, after the change.')
  @Errors(400, 401, 413)
  update(@Auth() auth: AuthContext, @Body() dto: PreferencesDto): Promise<Preferences> {
    return this.notifications.setPreferences(auth.user.email, dto);
  }

  /** The link in the mail footer: a page with one button (opening a link must not unsubscribe:
   * mail scanners open links too). */
  @Public()
  @Get('unsubscribe/:token')
  @ReturnsFile('text/html', 'A page with one button that unsubscribes (opening the link alone changes nothing).', [], false)
  @Errors([404, '`not_found`: unknown link.'])
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
  @ApiResponse({
    status: 200,
    description: 'Unsubscribed; an HTML page when the client accepts text/html (the page\'s button), else JSON.',
    content: { 'application/json': { schema: schemaRef('UnsubscribedResponse') }, 'text/html': { schema: { type: 'string' } } },
  })
  @Errors([404, '`not_found`: unknown link.'])
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
    const answer: UnsubscribedResponse = { status: 'unsubscribed', kind };
    await reply.send(answer);
  }
}
