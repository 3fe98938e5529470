import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { stopPasswordChecks } from '../auth/password-policy';
import { APP_CONFIG, type AppConfig, assertStrongAdminPassword } from '../config/config';
import { upsertAdmin } from './admin-accounts';

/** The first admin comes from ADMIN_EMAIL and ADMIN_PASSWORD (or `npm run admin`). */
@Injectable()
export class AdminBootstrap implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('AdminBootstrap');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { adminEmail, adminPassword } = this.config;
    if (!adminEmail || !adminPassword) return;
    // main.ts checks this before anything starts; here for every other way the app is built.
    await assertStrongAdminPassword(this.config);
    await upsertAdmin(this.db.manager, adminEmail, adminPassword);
    this.logger.log({ msg: 'admin account ready', email: adminEmail });
  }

  /** The password-check worker (auth/password-policy.ts) stops with the app. */
  async onApplicationShutdown(): Promise<void> {
    await stopPasswordChecks();
  }
}
