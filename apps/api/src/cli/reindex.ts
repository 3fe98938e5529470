import 'reflect-metadata';
import { MeiliSearchEngine } from '../catalogue/search/meili/meili-engine';
import { SearchSyncService } from '../catalogue/search/search-sync.service';
import { loadConfig } from '../config/config';
import { withDatabase } from './database';
import { progressBar } from './progress';

/** `npm run reindex`: rebuilds the Meilisearch index from the database, beside the live index,
 * then swaps them. */
async function main(): Promise<number> {
  const config = loadConfig({ ...process.env, ADMIN_EMAIL: undefined, ADMIN_PASSWORD: undefined });
  if (!config.meiliUrl) {
    console.error('reindex: MEILI_URL is not set. The default PostgreSQL engine searches the tables themselves and needs no index.');
    return 2;
  }
  const engine = new MeiliSearchEngine({ url: config.meiliUrl, key: config.meiliKey, index: config.meiliIndex });
  if (!(await engine.healthy())) {
    console.error(`reindex: Meilisearch does not answer at ${config.meiliUrl}.`);
    return 1;
  }
  return withDatabase(config, async (ds) => {
    const n = await new SearchSyncService(ds, config, engine).reindex(progressBar('Indexing'));
    console.log(`Reindexed ${n} published items into ${config.meiliIndex}.`);
    return 0;
  });
}

main().then((code) => process.exit(code), (error) => {
  console.error(`reindex: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
