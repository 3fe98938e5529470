import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type ImportError, type ImportResult } from '@groeiwijzer/contracts';
import { checkItem, type Locale, type NormalisedItem } from '@groeiwijzer/domain';
import { AppError } from '../../common/app-error';
import { message } from '../../i18n';
import { problemKey, regionProblem } from '../item-problems';
import { CatalogueChanges } from '../catalogue-changes';
import { ItemsRepository } from '../items.repository';
import { parseCsv } from './csv-columns';

export const MAX_IMPORT_ROWS = 20_000;
const CHUNK = 1000;

export interface ImportOptions {
  dryRun: boolean;
  publish: boolean;
  locale: Locale;
  onProgress?: (done: number, total: number) => void;
}

/** The external id a row names, as written, also when the row has other problems. */
function externalIdOf(input: unknown): string | null {
  const value = (input as { externalId?: unknown } | null)?.externalId;
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

export type ImportSource = { format: 'csv'; text: string } | { format: 'json'; data: unknown };

/** Import of many items: every row is checked first; with any error nothing is written; the
 * same externalId updates the existing item instead of adding one. */
@Injectable()
export class ImportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly items: ItemsRepository,
    private readonly changes: CatalogueChanges,
  ) {}

  rowsOf(source: ImportSource, locale: Locale): { rows: { row: number; input: unknown }[]; errors: ImportError[] } {
    if (source.format === 'csv') {
      let parsed: ReturnType<typeof parseCsv>;
      try {
        parsed = parseCsv(source.text);
      } catch (error) {
        throw new AppError(HttpStatus.BAD_REQUEST, 'import_unreadable', 'import_unreadable', { detail: (error as Error).message.slice(0, 200) });
      }
      const errors = parsed.unknownColumns.map((field) => ({ row: 1, field, message: message('field_csv_column', locale) }));
      return { rows: parsed.rows, errors };
    }
    if (!Array.isArray(source.data)) {
      throw new AppError(HttpStatus.BAD_REQUEST, 'import_unreadable', 'import_unreadable', { detail: locale === 'nl' ? 'verwacht een JSON-lijst [...]' : 'expected a JSON array [...]' });
    }
    return { rows: source.data.map((input, i) => ({ row: i + 1, input })), errors: [] };
  }

  async run(publisherId: string, source: ImportSource, o: ImportOptions): Promise<ImportResult> {
    const { rows, errors } = this.rowsOf(source, o.locale);
    if (!rows.length) throw new AppError(HttpStatus.BAD_REQUEST, 'import_empty', 'import_empty');
    if (rows.length > MAX_IMPORT_ROWS) throw new AppError(HttpStatus.PAYLOAD_TOO_LARGE, 'import_too_many', 'import_too_many', { n: MAX_IMPORT_ROWS });

    const publisher = await this.items.publisherScope(this.db.manager, publisherId);
    if (o.publish && publisher?.status !== 'approved') throw new AppError(HttpStatus.CONFLICT, 'publisher_not_approved', 'publisher_not_approved');
    const existing = await this.items.externalIdKinds(this.db.manager, publisherId);

    const checked: NormalisedItem[] = [];
    const seen = new Map<string, number>();
    let created = 0;
    let updated = 0;
    for (const { row, input } of rows) {
      const { item, problems } = checkItem(input);
      for (const p of problems) errors.push({ row, field: p.field, message: message(problemKey(p), o.locale, p.vars ?? {}) });
      // A key used twice in one file is an error whether or not the row has other problems (a row
      // outside the publisher's regions, or without a kind, still claims its externalId).
      const externalId = item?.externalId ?? externalIdOf(input);
      if (externalId) {
        const first = seen.get(externalId);
        if (first !== undefined) {
          errors.push({ row, field: 'externalId', message: message('field_external_id_twice', o.locale, { other: first }) });
          continue;
        }
        seen.set(externalId, row);
      }
      if (!item) continue;
      const outside = regionProblem(item.regions, publisher?.regions ?? []);
      if (outside) {
        errors.push({ row, field: 'regions', message: message(outside.key, o.locale, outside.vars) });
        continue;
      }
      if (item.externalId) {
        const kind = existing.get(item.externalId);
        if (kind && kind !== item.kind) {
          errors.push({ row, field: 'kind', message: message('field_kind_change', o.locale, { kind }) });
          continue;
        }
        if (kind) updated++;
        else created++;
      } else created++;
      checked.push(item);
    }
    const rowsWithProblems = new Set(errors.filter((e) => e.row > 1 || source.format === 'json').map((e) => e.row)).size;
    const counts = { rows: rows.length, rowsWithProblems };
    if (errors.length || o.dryRun) return { ...counts, created, updated, errors, dryRun: true };

    await this.db.transaction(async (m) => {
      for (let i = 0; i < checked.length; i += CHUNK) {
        await this.items.upsertMany(m, publisherId, checked.slice(i, i + CHUNK), o.publish);
        o.onProgress?.(Math.min(i + CHUNK, checked.length), checked.length);
      }
    });
    await this.changes.committed(this.db);
    return { ...counts, created, updated, errors: [], dryRun: false };
  }
}
