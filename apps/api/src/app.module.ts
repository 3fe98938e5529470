import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AdminModule } from './admin/admin.module';
import { AuthModule } from './auth/auth.module';
import { dataSourceOptions } from './database/data-source';
import { HealthModule } from './health/health.module';
import { MailModule } from './mail/mail.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { RuntimeModule, type RuntimeOptions } from './platform/runtime.module';
import { PublishersModule } from './publishers/publishers.module';
import { ScanModule } from './scan/scan.module';
import { NotificationsModule } from './notifications/notifications.module';
import { ScheduleModule } from '@nestjs/schedule';
import { CatalogueModule } from './catalogue/catalogue.module';
import { AuditModule } from './audit/audit.module';
import { PrivacyModule } from './privacy/privacy.module';
import { PlanModule } from './plan/plan.module';
import { MatchingModule } from './matching/matching.module';
import { ReferralsModule } from './referrals/referrals.module';
import { MetricsModule } from './metrics/metrics.module';
import { InsightsModule } from './insights/insights.module';

@Module({})
export class AppModule {
  static forRoot(options: RuntimeOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        RuntimeModule.forRoot(options),
        TypeOrmModule.forRoot(dataSourceOptions(options.databaseUrl, options.config.databasePoolSize)),
        MailModule,
        AuthModule,
        OrganisationsModule,
        PublishersModule,
        HealthModule,
        AdminModule,
        ScheduleModule.forRoot(),
        NotificationsModule,
        ScanModule,
        CatalogueModule,
        AuditModule,
        PrivacyModule,
        PlanModule,
        MatchingModule,
        ReferralsModule,
        MetricsModule,
        InsightsModule,
      ],
    };
  }
}
