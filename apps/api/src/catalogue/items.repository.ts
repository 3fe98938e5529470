import { Inject, Injectable } from '@nestjs/common';
import { type DataSource, type EntityManager } from 'typeorm';
import { compoundCandidates, compoundParts, compoundWords, type NormalisedItem, SYNONYM_GROUPS } from '@groeiwijzer/domain';
import { Clock } from '../common/time';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { returningRows } from '../database/returning';
import { ITEM_COLUMNS, searchExtras, type ItemRow, lexiconWords } from './item.mapper';

const WRITE_COLUMNS = [
  'kind', 'title', 'summary', 'description', 'aspects', 'regions', 'sectors', 'size_classes', 'provider', 'url',
  'contact_email', 'cost_eur', 'format', 'language', 'valid_from', 'valid_until', 'external_id', 'details', 'aspect_names',
] as const;

function writeValues(item: NormalisedItem, isWord: (w: string) => boolean): unknown[] {
  return [
    item.kind, item.title, item.summary, item.description, item.aspects, item.regions, item.sectors, item.sizeClasses,
    item.provider, item.url, item.contactEmail, item.costEur, item.format, item.language, item.validFrom, item.validUntil,
    item.externalId, JSON.stringify({ scheme: item.scheme, training: item.training, coach: item.coach }),
    searchExtras(item, compoundParts(searchTexts(item), isWord)),
  ];
}

/** The texts of an item whose compounds are split when it is written. */
const searchTexts = (item: NormalisedItem) => [item.title, item.summary, item.provider, item.description];
const THESAURUS_WORDS = new Set(SYNONYM_GROUPS.flat());

/** The catalogue's own words that the compounds of `items` may split into: the word list
 * (`catalogue_lexicon`), the items' own words and the thesaurus's, looked up in one statement. */
async function compoundVocabulary(m: EntityManager, items: NormalisedItem[]): Promise<(w: string) => boolean> {
  const own = new Set(items.flatMap(lexiconWords));
  const candidates = [...new Set(items.flatMap((i) => compoundWords(searchTexts(i)).flatMap(compoundCandidates)))]
    .filter((w) => !own.has(w) && !THESAURUS_WORDS.has(w));
  const found: { word: string }[] = candidates.length
    ? await m.query(`SELECT word FROM catalogue_lexicon WHERE word = ANY($1::text[])`, [candidates])
    : [];
  const known = new Set(found.map((r) => r.word));
  return (w) => own.has(w) || THESAURUS_WORDS.has(w) || known.has(w);
}

/** The catalogue's version: moved on by `bumpVersion` after each committed change. */
export async function catalogueVersion(db: DataSource | EntityManager): Promise<string> {
  const [row] = await db.query(`SELECT last_value, is_called FROM catalogue_version_seq`);
  return row.is_called ? String(row.last_value) : '0';
}

/** Moves the catalogue's version on; called by `CatalogueChanges.committed` after each committed
 * change (never inside its transaction), so no search cache can be filled with the old state under
 * the new version. */
export async function bumpVersion(db: DataSource | EntityManager): Promise<void> {
  await db.query(`SELECT nextval('catalogue_version_seq')`);
}

/** Every catalogue SQL statement that writes or reads items. */
@Injectable()
export class ItemsRepository {
  private readonly externalEngine: boolean;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly clock: Clock,
  ) {
    this.externalEngine = config.meiliUrl !== null;
  }

  async findOne(m: EntityManager, id: string, lock = false): Promise<ItemRow | null> {
    const rows: ItemRow[] = await m.query(
      `SELECT ${ITEM_COLUMNS} FROM catalogue_items i JOIN publishers p ON p.id = i.publisher_id WHERE i.id = $1${lock ? ' FOR UPDATE OF i' : ''}`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** What bounds a publisher's items: its approval status and its own regions. */
  async publisherScope(m: EntityManager, publisherId: string): Promise<{ name: string; status: string; regions: string[] } | null> {
    const [row] = await m.query(`SELECT name, status, regions FROM publishers WHERE id = $1`, [publisherId]);
    return row ?? null;
  }

  listForPublisher(m: EntityManager, publisherId: string): Promise<ItemRow[]> {
    return m.query(
      `SELECT ${ITEM_COLUMNS} FROM catalogue_items i JOIN publishers p ON p.id = i.publisher_id
        WHERE i.publisher_id = $1 ORDER BY i.updated_at DESC, i.id`,
      [publisherId],
    );
  }

  listPendingCoaches(m: EntityManager): Promise<ItemRow[]> {
    return m.query(
      `SELECT ${ITEM_COLUMNS} FROM catalogue_items i JOIN publishers p ON p.id = i.publisher_id
        WHERE i.kind = 'coach' AND NOT i.approved AND i.status <> 'archived' ORDER BY i.created_at`,
    );
  }

  /** The publisher's items that carry its own key, with their kind (the import updates by it). */
  async externalIdKinds(m: EntityManager, publisherId: string): Promise<Map<string, string>> {
    const rows: { external_id: string; kind: string }[] = await m.query(
      `SELECT external_id, kind FROM catalogue_items WHERE publisher_id = $1 AND external_id IS NOT NULL`, [publisherId]);
    return new Map(rows.map((r) => [r.external_id, r.kind]));
  }

  async insert(m: EntityManager, publisherId: string, item: NormalisedItem, approved: boolean): Promise<string> {
    const cols = WRITE_COLUMNS.join(', ');
    const params = WRITE_COLUMNS.map((_, i) => `$${i + 4}`).join(', ');
    const [row] = returningRows<{ id: string }>(await m.query(
      `INSERT INTO catalogue_items (publisher_id, approved, verified_on, ${cols}) VALUES ($1, $2, $3, ${params}) RETURNING id`,
      [publisherId, approved, this.clock.today(), ...writeValues(item, await compoundVocabulary(m, [item]))],
    ));
    await this.afterWrite(m, [row.id], [item]);
    return row.id;
  }

  /** Many items in one statement (import). Returns ids in input order, with whether each was new. */
  async upsertMany(m: EntityManager, publisherId: string, items: NormalisedItem[], publish: boolean): Promise<{ id: string; created: boolean }[]> {
    if (!items.length) return [];
    const width = WRITE_COLUMNS.length;
    const values: unknown[] = [publisherId, publish, this.clock.today()];
    const isWord = await compoundVocabulary(m, items);
    const tuples = items.map((item, r) => {
      values.push(item.kind !== 'coach', ...writeValues(item, isWord));
      const base = 4 + r * (width + 1);
      return `($1, $${base}, ${Array.from({ length: width }, (_, c) => `$${base + 1 + c}`).join(', ')}, $3::date,
               CASE WHEN $2 AND $${base} THEN 'published' ELSE 'draft' END, CASE WHEN $2 AND $${base} THEN now() END)`;
    });
    const updates = WRITE_COLUMNS.map((c) => `${c} = EXCLUDED.${c}`).join(', ');
    const rows = returningRows<{ id: string; created: boolean }>(await m.query(
      `INSERT INTO catalogue_items (publisher_id, approved, ${WRITE_COLUMNS.join(', ')}, verified_on, status, published_at)
       VALUES ${tuples.join(',\n')}
       ON CONFLICT (publisher_id, external_id) DO UPDATE SET ${updates}, verified_on = $3::date, updated_at = now(),
         status = CASE WHEN $2 AND catalogue_items.approved THEN 'published' ELSE catalogue_items.status END,
         published_at = CASE WHEN $2 AND catalogue_items.approved THEN COALESCE(catalogue_items.published_at, now()) ELSE catalogue_items.published_at END
       RETURNING id, (xmax = 0) AS created`,
      values,
    ));
    await this.afterWrite(m, rows.map((r) => r.id), items);
    return rows;
  }

  async update(m: EntityManager, id: string, item: NormalisedItem): Promise<void> {
    const sets = WRITE_COLUMNS.map((c, i) => `${c} = $${i + 3}`).join(', ');
    const values = writeValues(item, await compoundVocabulary(m, [item]));
    await m.query(`UPDATE catalogue_items SET ${sets}, verified_on = $2, updated_at = now() WHERE id = $1`, [id, this.clock.today(), ...values]);
    await this.afterWrite(m, [id], [item]);
  }

  async setStatus(m: EntityManager, id: string, status: 'draft' | 'published' | 'archived'): Promise<void> {
    await m.query(
      `UPDATE catalogue_items SET status = $2, updated_at = now(),
              published_at = CASE WHEN $2 = 'published' THEN COALESCE(published_at, now()) ELSE published_at END
        WHERE id = $1`,
      [id, status],
    );
    await this.queueSync(m, [id]);
  }

  async approve(m: EntityManager, id: string, publish: boolean): Promise<void> {
    await m.query(
      `UPDATE catalogue_items SET approved = true, updated_at = now(),
              status = CASE WHEN $2 THEN 'published' ELSE status END,
              published_at = CASE WHEN $2 THEN COALESCE(published_at, now()) ELSE published_at END
        WHERE id = $1`,
      [id, publish],
    );
    await this.queueSync(m, [id]);
  }

  async verify(m: EntityManager, id: string): Promise<void> {
    await m.query(`UPDATE catalogue_items SET verified_on = $2, verification_reminded_on = NULL, updated_at = now() WHERE id = $1`, [id, this.clock.today()]);
  }

  private async afterWrite(m: EntityManager, ids: string[], items: NormalisedItem[]): Promise<void> {
    const words = [...new Set(items.flatMap(lexiconWords))];
    if (words.length) {
      await m.query(`INSERT INTO catalogue_lexicon (word) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING`, [words]);
    }
    await this.queueSync(m, ids);
  }

  /** An external engine learns of the change through this queue, committed with the change. */
  private async queueSync(m: EntityManager, ids: string[]): Promise<void> {
    if (!this.externalEngine || !ids.length) return;
    await m.query(
      `INSERT INTO search_sync (item_id) SELECT unnest($1::uuid[])
       ON CONFLICT (item_id) DO UPDATE SET queued_at = now(), attempts = 0, next_attempt_at = now(), last_error = NULL`,
      [ids],
    );
  }
}
