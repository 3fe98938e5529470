import 'reflect-metadata';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { Foundation1764288000000 } from './migrations/1764288000000-foundation';
import { Scan1764300000000 } from './migrations/1764300000000-scan';
import { Notifications1764310000000 } from './migrations/1764310000000-notifications';
import { MailAttachments1764320000000 } from './migrations/1764320000000-mail-attachments';
import { Catalogue1764330000000 } from './migrations/1764330000000-catalogue';
import { ReminderQueue1764340000000 } from './migrations/1764340000000-reminder-queue';
import { FollowUp1764350000000 } from './migrations/1764350000000-follow-up';
import { CatalogueVersion1764360000000 } from './migrations/1764360000000-catalogue-version';
import { SearchChanges1764370000000 } from './migrations/1764370000000-search-changes';
import { PublisherInvitations1764380000000 } from './migrations/1764380000000-publisher-invitations';
import { Matching1764390000000 } from './migrations/1764390000000-matching';
import { MatchingApi1764391000000 } from './migrations/1764391000000-matching-api';
import { UnlinkableAnswers1764393000000 } from './migrations/1764393000000-unlinkable-answers';
import { Privacy1764394000000 } from './migrations/1764394000000-privacy';
import { LoginThrottle1764396000000 } from './migrations/1764396000000-login-throttle';
import { MagicLinkRequests1764397000000 } from './migrations/1764397000000-magic-link-requests';
import { MatchingFingerprint1764399500000 } from './migrations/1764399500000-matching-fingerprint';
import { Insights1764400000000 } from './migrations/1764400000000-insights';
import { SearchEnglishWords1764401000000 } from './migrations/1764401000000-search-english-words';
import { GroupOfferMail1764402000000 } from './migrations/1764402000000-group-offer-mail';
import { ENTITIES } from './entities';

/** The one definition of the database connection, used by Nest, the CLI tools and tests. */
export function dataSourceOptions(url: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: [
      Foundation1764288000000, Scan1764300000000, Notifications1764310000000, MailAttachments1764320000000, Catalogue1764330000000,
      ReminderQueue1764340000000, FollowUp1764350000000, CatalogueVersion1764360000000, SearchChanges1764370000000,
      PublisherInvitations1764380000000, Matching1764390000000, MatchingApi1764391000000, UnlinkableAnswers1764393000000, Privacy1764394000000,
      LoginThrottle1764396000000, MagicLinkRequests1764397000000, MatchingFingerprint1764399500000,
      Insights1764400000000, SearchEnglishWords1764401000000, GroupOfferMail1764402000000,
    ],
    migrationsRun: false,
    synchronize: false,
    extra: { max: poolSize },
  };
}

/** For the TypeORM CLI: `npx typeorm -d dist/apps/api/apps/api/src/database/data-source.js migration:run`. */
export default new DataSource(dataSourceOptions(process.env.DATABASE_URL ?? 'postgres://localhost/groeiwijzer'));
