import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { localeFromAcceptLanguage } from '@groeiwijzer/domain';
import { type ApiError } from '@groeiwijzer/contracts';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { AppError, ValidationFailed } from './app-error';
import { message, type MessageKey } from '../i18n';

const CODES: Record<number, { code: string; key: MessageKey }> = {
  400: { code: 'bad_request', key: 'bad_request' },
  401: { code: 'unauthenticated', key: 'unauthenticated' },
  403: { code: 'forbidden', key: 'forbidden' },
  404: { code: 'not_found', key: 'not_found' },
  409: { code: 'conflict', key: 'conflict' },
  413: { code: 'payload_too_large', key: 'payload_too_large' },
};

/** Renders every error as `{error, message, fields?}` in the caller's language (API.md). */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const request = ctx.getRequest<FastifyRequest>();
    const response = ctx.getResponse<FastifyReply>();
    const locale = localeFromAcceptLanguage(request.headers['accept-language']);
    const { status, body } = this.render(exception, locale);
    if (status >= 500) {
      this.logger.error(
        { msg: 'request failed', method: request.method, path: request.url.split('?')[0], error: String(exception) },
        exception instanceof Error ? exception.stack : undefined,
      );
    }
    if (exception instanceof AppError) response.headers(exception.headers);
    if (!response.sent) response.status(status).send(body);
  }

  private render(exception: unknown, locale: 'nl' | 'en'): { status: number; body: ApiError } {
    if (exception instanceof ValidationFailed) {
      const fields: Record<string, string> = {};
      for (const p of exception.problems) fields[p.field] ??= message(p.key, locale, p.vars);
      return { status: 400, body: { error: 'validation_failed', message: message('validation_failed', locale), fields } };
    }
    if (exception instanceof AppError) {
      const body: ApiError = { error: exception.code, message: message(exception.messageKey, locale, exception.vars) };
      const fieldEntries = Object.entries(exception.fieldKeys);
      if (fieldEntries.length) body.fields = Object.fromEntries(fieldEntries.map(([f, k]) => [f, message(k, locale)]));
      return { status: exception.getStatus(), body };
    }
    // Nest wraps the body parser's complaint in an HttpException carrying the parser's text.
    if (exception instanceof HttpException && exception.getStatus() === 400 && /JSON/.test(JSON.stringify(exception.getResponse()))) {
      return { status: 400, body: { error: 'invalid_json', message: message('invalid_json', locale) } };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const known = CODES[status] ?? { code: status < 500 ? 'bad_request' : 'internal', key: status < 500 ? 'bad_request' : 'internal' };
      return { status, body: { error: known.code, message: message(known.key, locale) } };
    }
    return {
      status: HttpStatus.INTERNAL_SERVER_ERROR,
      body: { error: 'internal', message: message('internal', locale) },
    };
  }
}
