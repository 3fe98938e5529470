import { HttpException, HttpStatus } from '@nestjs/common';
import { type MessageKey } from '../i18n';

/** A 4xx answer with a stable code; the filter renders its message in the caller's language. */
export class AppError extends HttpException {
  /** Response headers that belong to the answer (e.g. Retry-After with a 429). */
  headers: Record<string, string> = {};

  constructor(
    status: HttpStatus,
    readonly code: string,
    readonly messageKey: MessageKey,
    readonly vars: Record<string, string | number> = {},
    readonly fieldKeys: Record<string, MessageKey> = {},
  ) {
    super(code, status);
  }

  static notFound(): AppError {
    return new AppError(HttpStatus.NOT_FOUND, 'not_found', 'not_found');
  }

  static unauthenticated(): AppError {
    return new AppError(HttpStatus.UNAUTHORIZED, 'unauthenticated', 'unauthenticated');
  }

  static forbidden(): AppError {
    return new AppError(HttpStatus.FORBIDDEN, 'forbidden', 'forbidden');
  }
}

/** Problems found by class-validator, rendered per field by the filter. */
export class ValidationFailed extends HttpException {
  constructor(readonly problems: { field: string; key: MessageKey; vars: Record<string, string | number> }[]) {
    super('validation_failed', HttpStatus.BAD_REQUEST);
  }
}
