import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CatalogueChanges } from '../catalogue/catalogue-changes';
import { ItemsRepository } from '../catalogue/items.repository';
import { ImportService, type ImportSource } from '../catalogue/import/import.service';
import { SystemClock } from '../common/time';
import { loadConfig } from '../config/config';
import { withDatabase } from './database';
import { progressBar } from './progress';

const USAGE = 'usage: npm run import -- FILE.csv|FILE.json --publisher PUBLISHER_ID [--dry-run] [--publish] [--lang nl|en]';

/** `npm run import -- FILE --publisher ID`: the same checks and all-or-nothing write as the API. */
async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const value = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  const publisherId = value('--publisher');
  const file = args.find((a, i) => !a.startsWith('--') && !['--publisher', '--lang'].includes(args[i - 1] ?? ''));
  if (!file || !publisherId || !/^[0-9a-f-]{36}$/i.test(publisherId)) {
    console.error(USAGE);
    return 2;
  }
  const locale = value('--lang') === 'en' ? 'en' : 'nl';
  const text = readFileSync(path.resolve(file), 'utf8');
  let source: ImportSource;
  if (/\.json$/i.test(file)) {
    try {
      source = { format: 'json', data: JSON.parse(text) };
    } catch (error) {
      console.error(`${file}: not valid JSON (${(error as Error).message})`);
      return 1;
    }
  } else source = { format: 'csv', text };

  const config = loadConfig({ ...process.env, ADMIN_EMAIL: undefined, ADMIN_PASSWORD: undefined });
  return withDatabase(config, async (ds) => {
    const items = new ItemsRepository(config, new SystemClock());
    const publisher = await items.publisherScope(ds.manager, publisherId);
    if (!publisher) {
      console.error(`No publisher with id ${publisherId}.`);
      return 1;
    }
    const dryRun = args.includes('--dry-run');
    const service = new ImportService(ds, items, new CatalogueChanges());
    console.error(`Checking ${file} for ${publisher.name}…`);
    const result = await service.run(publisherId, source, { dryRun, publish: args.includes('--publish'), locale, onProgress: progressBar('Writing') });
    for (const e of result.errors.slice(0, 200)) console.error(`  row ${e.row}, ${e.field}: ${e.message}`);
    if (result.errors.length > 200) console.error(`  … and ${result.errors.length - 200} more`);
    if (result.errors.length) {
      console.error(`Nothing imported: ${result.errors.length} error(s). Fix the file and run again.`);
      return 1;
    }
    console.log(`${dryRun ? 'Dry run, nothing written: would create' : 'Created'} ${result.created}, ${dryRun ? 'update' : 'updated'} ${result.updated}.`);
    return 0;
  });
}

main().then((code) => process.exit(code), (error) => {
  console.error(`import: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
