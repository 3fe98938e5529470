import { type DynamicModule, Global, Module } from '@nestjs/common';
import { Clock, SystemClock } from '../common/time';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { SMTP_URL } from '../mail/mail.tokens';

export const MAIL_MODE = Symbol('MAIL_MODE');

export interface RuntimeOptions {
  config: AppConfig;
  databaseUrl: string;
  smtpUrl: string;
  mailMode: 'smtp' | 'catcher';
  /** The moment source for every time rule; the system clock unless a test brings its own. */
  clock?: Clock;
}

/** Makes the validated configuration, the resolved service URLs and the clock injectable everywhere. */
@Global()
@Module({})
export class RuntimeModule {
  static forRoot(options: RuntimeOptions): DynamicModule {
    return {
      module: RuntimeModule,
      providers: [
        { provide: APP_CONFIG, useValue: options.config },
        { provide: SMTP_URL, useValue: options.smtpUrl },
        { provide: MAIL_MODE, useValue: options.mailMode },
        { provide: Clock, useValue: options.clock ?? new SystemClock() },
      ],
      exports: [APP_CONFIG, SMTP_URL, MAIL_MODE, Clock],
    };
  }
}
