import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { InsightsModule } from '../insights/insights.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PublisherRemindersJob } from './publisher-reminders.job';
import { PublisherRemindersRepository } from './publisher-reminders.repository';
import { CatalogueChanges } from './catalogue-changes';
import { ImportController } from './import/import.controller';
import { ImportService } from './import/import.service';
import { ItemsController } from './items.controller';
import { ItemsRepository } from './items.repository';
import { ItemsService } from './items.service';
import { MeiliSearchEngine } from './search/meili/meili-engine';
import { PostgresSearchEngine } from './search/postgres-engine';
import { SEARCH_ENGINE } from './search/search-engine';
import { SearchLogService } from './search/search-log.service';
import { SearchSyncService } from './search/search-sync.service';
import { SearchController } from './search/search.controller';
import { SearchService } from './search/search.service';

/** The catalogue: publishing, import and search (PostgreSQL by default, Meilisearch with MEILI_URL). */
@Module({
  imports: [NotificationsModule, InsightsModule],
  controllers: [ItemsController, ImportController, SearchController],
  providers: [
    CatalogueChanges, ItemsRepository, ItemsService, ImportService, PublisherRemindersJob, PublisherRemindersRepository, PostgresSearchEngine, SearchLogService, SearchService, SearchSyncService,
    {
      provide: SEARCH_ENGINE,
      inject: [APP_CONFIG, PostgresSearchEngine],
      useFactory: (config: AppConfig, postgres: PostgresSearchEngine) =>
        config.meiliUrl ? new MeiliSearchEngine({ url: config.meiliUrl, key: config.meiliKey, index: config.meiliIndex }) : postgres,
    },
  ],
  exports: [ItemsService, ImportService, SearchService, SearchSyncService, ItemsRepository],
})
export class CatalogueModule {}
