import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { localeFromAcceptLanguage } from '@groeiwijzer/domain';
import { IsBoolean, IsOptional } from 'class-validator';
import { type FastifyReply } from 'fastify';
import { type AuthContext } from '../auth/auth.types';
import { Auth, Public } from '../auth/decorators';
import { escapeHtml } from '../mail/templates';
import { type ReminderKind } from './kinds';
import { NotificationsService, type Preferences } from './notifications.service';

export class PreferencesDto implements Partial<Preferences> {
  @IsOptional() @IsBoolean() scan?: boolean;
  @IsOptional() @IsBoolean() schemes?: boolean;
  @IsOptional() @IsBoolean() plan?: boolean;
  @IsOptional() @IsBoolean() referrals?: boolean;
  @IsOptional() @IsBoolean() rescan?: boolean;
  @IsOptional() @IsBoolean() publisher?: boolean;
  @IsOptional() @IsBoolean() offers?: boolean;
}

const KIND_NAMES: Record<ReminderKind | 'all', { nl: string; en: string }> = {
  all: { nl: 'alle herinneringen van Groeiwijzer', en: 'all reminders from Groeiwijzer' },
  scan: { nl: 'herinneringen over de scan', en: 'reminders about the scan' },
  schemes: { nl: 'herinneringen over regelingen', en: 'reminders about support schemes' },
  plan: { nl: 'herinneringen over je ontwikkelplan', en: 'reminders about your development plan' },
  referrals: { nl: 'herinneringen over aanvragen bij coaches', en: 'reminders about coach requests' },
  rescan: { nl: 'uitnodigingen voor een nieuwe scan', en: 'invitations to scan again' },
  publisher: { nl: 'berichten voor aanbieders', en: 'messages for publishers' },
  offers: { nl: 'berichten over nieuw gezamenlijk aanbod', en: 'messages about new group offers' },
};

function page(lang: 'nl' | 'en', title: string, body: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – Groeiwijzer</title></head>
<body style="font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.5">
<main><h1 style="color:#0b5d57">${escapeHtml(title)}</h1>${body}</main></body></html>`;
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
    const t = lang === 'nl'
      ? { title: 'Afmelden', ask: `Wil je geen ${KIND_NAMES[kind].nl} meer krijgen?`, button: 'Ja, meld mij af' }
      : { title: 'Unsubscribe', ask: `Do you want to stop receiving ${KIND_NAMES[kind].en}?`, button: 'Yes, unsubscribe me' };
    const body = `<p>${escapeHtml(t.ask)}</p>
<form method="post" action="/api/unsubscribe/${escapeHtml(encodeURIComponent(token))}"><button type="submit" style="background:#0b5d57;color:#fff;border:0;padding:.6rem 1rem;border-radius:6px;font-size:1rem">${escapeHtml(t.button)}</button></form>`;
    await reply.type('text/html; charset=utf-8').send(page(lang, t.title, body));
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
      const lang = localeFromAcceptLanguage(acceptLanguage);
      const text = lang === 'nl'
        ? `Je bent afgemeld voor ${KIND_NAMES[kind].nl}. Je kunt dit altijd weer aanzetten bij je instellingen:`
        : `You have been unsubscribed from ${KIND_NAMES[kind].en}. You can switch them on again in your settings:`;
      const link = `<a href="/instellingen/meldingen">${lang === 'nl' ? 'Meldingen instellen' : 'Notification settings'}</a>`;
      await reply.type('text/html; charset=utf-8').send(page(lang, lang === 'nl' ? 'Afgemeld' : 'Unsubscribed', `<p>${escapeHtml(text)} ${link}</p>`));
      return;
    }
    await reply.send({ status: 'unsubscribed', kind });
  }
}
