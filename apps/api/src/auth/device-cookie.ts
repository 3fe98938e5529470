import { type FastifyReply, type FastifyRequest } from 'fastify';
import { type AppConfig } from '../config/config';

export const DEVICE_COOKIE = 'gw_device';
/** A shared computer may be used by a few colleagues: it keeps this many device cookies. */
const MAX_TOKENS = 5;
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** The device-cookie secrets this browser holds (newest first). */
export function readDeviceTokens(request: FastifyRequest): string[] {
  const raw = request.cookies?.[DEVICE_COOKIE] ?? '';
  return raw.split('.').filter((t) => TOKEN.test(t)).slice(0, MAX_TOKENS);
}

/** Adds a secret to the browser's device cookie: HttpOnly, SameSite=Lax, sent only to the sign-in
 * routes, kept for LOGIN_DEVICE_DAYS. */
export function addDeviceToken(reply: FastifyReply, held: string[], token: string, config: AppConfig): void {
  const tokens = [token, ...held.filter((t) => t !== token)].slice(0, MAX_TOKENS);
  reply.setCookie(DEVICE_COOKIE, tokens.join('.'), {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.cookieSecure,
    path: '/api/auth',
    maxAge: config.loginDeviceDays * 86_400, // seconds
  });
}
