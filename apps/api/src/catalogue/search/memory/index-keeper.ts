import { type DataSource } from 'typeorm';
import { PollLoop } from '../../../platform/jobs';
import { CatalogueIndex } from './catalogue-index';
import {
  type ChangedRow, changedRows, lexiconWordsSince, pruneTombstones, rowsAfter, snapshotXmin, tombstonesSince, tsvectorsOf,
} from './index-keeper.queries';
import { DUTCH_STOP_WORDS, dutchStem } from './dutch-stem';
import { SpellingIndex } from './spelling';
import { eachTextWord, parseTsVector } from './tsvector';

/** Rows a part of the first read (see read). */
const READ_BATCH = 5000;

/** PostgreSQL's `gw_dutch` lexeme of a folded word: numbers and words with digits stay as they are. */
const stemOf = (word: string) => (/\d/.test(word) ? word : dutchStem(word));

/** What a keeper reads: everything (`all`, the default), only the word list and the words'
 * lexemes (`words`: the query's analysis and the highlights, beside an index in a worker thread),
 * or only the items into the index (`items`: the keeper in that worker thread). */
export type KeeperPart = 'all' | 'words' | 'items';

export interface KeeperOptions {
  refreshMs: number;
  rebuildDeadRatio?: number;
  batchWords?: number;
  cacheEntries?: number;
  part?: KeeperPart;
}

/** Keeps a `CatalogueIndex` in step with the database, for one API instance.
 *
 * Every row carries the transaction that last wrote it (`change_xid`, see the SearchChanges
 * migration). Before each read the keeper notes the oldest transaction still running
 * (`pg_snapshot_xmin`); the next read takes every row written by that transaction or a later
 * one. A transaction that commits late is therefore read on a later round, never skipped; rows
 * read twice are recognised by their unchanged `change_xid`. Deleted rows leave tombstones.
 *
 * It also keeps the lexeme PostgreSQL makes of each word (for highlighting and for the query's
 * words), asked from PostgreSQL itself so stems are exactly the database's. */
export class IndexKeeper {
  private index: CatalogueIndex;
  private watermark = '0';
  private versions = new Map<string, number>();
  private readonly lexemes = new Map<string, string | null>();
  private readonly typed = new Map<string, string | null>();
  private stemChecked = 0;
  private stemWrong = 0;
  private stopWordsKnown = false;
  /** The catalogue's word list (catalogue_lexicon), for typo tolerance. */
  readonly spelling = new SpellingIndex();
  private refreshing: Promise<void> | null = null;
  private loop: PollLoop | null = null;
  /** The first read: searches wait for it. */
  private loaded: Promise<void> | null = null;
  /** Counts the changes this instance committed; `appliedSeq` is the count the last finished
   * read started from, so everything committed before that count is in the index. */
  private changeSeq = 0;
  private appliedSeq = 0;
  private prunedAt = 0;

  constructor(
    private readonly db: Pick<DataSource, 'query'>,
    private readonly options: KeeperOptions = { refreshMs: 200 },
  ) {
    this.index = this.newIndex();
  }

  private get part(): KeeperPart {
    return this.options.part ?? 'all';
  }

  private newIndex(): CatalogueIndex {
    return new CatalogueIndex(this.options.cacheEntries === undefined ? undefined : { cacheEntries: this.options.cacheEntries });
  }

  /** A change was committed by this instance: the next search reads it first. */
  markDirty(): void {
    this.changeSeq++;
  }

  /** The index; first brought up to date when this instance committed a change since the last
   * read (or nothing was read yet). Changes by other instances arrive with `start`'s loop. */
  async fresh(): Promise<CatalogueIndex> {
    await this.load();
    const needed = this.changeSeq;
    while (this.appliedSeq < needed) {
      // A read in progress may have begun after the change (then it holds it) or before (then
      // read again once it is done); a search never sees a read that is only half applied.
      if (this.refreshing) await this.refreshing;
      else await this.refresh();
    }
    return this.index;
  }

  /** The first read, shared; tried again on the next call if it failed. */
  private load(): Promise<void> {
    this.loaded ??= this.refresh().catch((error: unknown) => {
      this.loaded = null;
      throw error;
    });
    return this.loaded;
  }

  /** Reads changes every `refreshMs` until stopped. */
  start(onError: (error: unknown) => void): void {
    this.load().catch(onError);
    this.loop ??= new PollLoop('search-index-refresh', () => this.refresh(), this.options.refreshMs, onError);
    this.loop.start();
  }

  async stop(): Promise<void> {
    await this.loop?.stop();
  }

  /** Reads the changes since the last look (one at a time; callers share a running read). */
  refresh(): Promise<void> {
    this.refreshing ??= this.readChanges().finally(() => (this.refreshing = null));
    return this.refreshing;
  }

  private async readChanges(): Promise<void> {
    const seq = this.changeSeq;
    await this.read(this.index, this.versions, this.watermark);
    if (this.part === 'words') {
      this.appliedSeq = Math.max(this.appliedSeq, seq);
      return;
    }
    const ratio = this.options.rebuildDeadRatio ?? 0.5;
    if (this.index.deadSlots > 1000 && this.index.deadSlots > this.index.count * ratio) {
      // Old versions pile up as dead slots: read everything into a new index, then swap.
      const index = this.newIndex();
      const versions = new Map<string, number>();
      await this.read(index, versions, '0');
      this.index = index;
      this.versions = versions;
    }
    this.appliedSeq = Math.max(this.appliedSeq, seq);
    if (Date.now() - this.prunedAt > 3_600_000) {
      this.prunedAt = Date.now();
      // Every instance has read a tombstone within a day, or rebuilt from scratch since.
      await pruneTombstones(this.db);
    }
  }

  /** Applies the rows written since `since` to `index`, then moves the watermark on. The first
   * read (`since` 0) takes the whole catalogue in parts of READ_BATCH rows, each applied before
   * the next is fetched. */
  private async read(index: CatalogueIndex, versions: Map<string, number>, since: string): Promise<void> {
    const xmin = await snapshotXmin(this.db);
    // New words of the word list, with their lexemes.
    for (const { word, v } of this.part === 'items' ? [] : await lexiconWordsSince(this.db, this.watermark)) {
      this.spelling.add(word);
      const lexeme = v ? (parseTsVector(v).lexemes[0] ?? null) : null;
      this.lexemes.set(word, lexeme);
      if (lexeme !== null && /^[a-z0-9]+$/.test(word)) {
        this.stemChecked++;
        if (stemOf(word) !== lexeme) this.stemWrong++;
      }
    }
    if (!this.stopWordsKnown && this.part !== 'items') {
      await this.learnWords(DUTCH_STOP_WORDS);
      this.stopWordsKnown = true;
    }
    if (this.part === 'words') {
      if (since === '0') this.spelling.compact();
      else this.spelling.compactIfLoose();
      this.watermark = xmin;
      return;
    }
    if (since === '0') {
      for (let after = '00000000-0000-0000-0000-000000000000'; ;) {
        const rows = await rowsAfter(this.db, after, READ_BATCH);
        await this.apply(index, versions, rows);
        if (rows.length < READ_BATCH) break;
        after = rows[rows.length - 1].id;
      }
      // After the large read, the index's lists and the word list's packed tight.
      index.compact();
      this.spelling.compact();
    } else {
      await this.apply(index, versions, await changedRows(this.db, since));
      // Lists that grew by this read are packed again once they hold enough room.
      index.compactIfLoose();
      if (this.part !== 'items') this.spelling.compactIfLoose();
    }
    for (const id of await tombstonesSince(this.db, since)) {
      if (!versions.has(id)) continue;
      versions.delete(id);
      index.remove(id);
    }
    this.watermark = xmin;
  }

  private async apply(index: CatalogueIndex, versions: Map<string, number>, rows: ChangedRow[]): Promise<void> {
    const added: ChangedRow[] = [];
    for (const row of rows) {
      // The writing transaction as a number: a small integer takes no room of its own (a string per item did).
      const xid = Number(row.xid);
      if (versions.get(row.id) === xid) continue;
      versions.set(row.id, xid);
      if (row.searchable) added.push(row);
      else index.remove(row.id);
    }
    // The lexemes of the items' words, for highlighting (a keeper of the items alone has no use for them).
    if (this.part !== 'items') await this.learnWords(added.flatMap((r) => [r.title, r.summary]));
    for (const row of added) {
      const { xid: _x, searchable: _s, ...item } = row;
      index.upsert(item);
    }
  }

  /** The lexeme of a word (lower case), or null for a stop word; undefined when not yet known.
   * A word PostgreSQL was not asked about yet gets the Snowball stem computed here, once that
   * stemmer gave PostgreSQL's own lexeme for (nearly) every word of the catalogue. */
  lexemeOf(word: string): string | null | undefined {
    // A stop word is known as null: not looked up again among the typed words, nor stemmed.
    const catalogue = this.lexemes.get(word);
    if (catalogue !== undefined) return catalogue;
    const known = this.typed.get(word);
    if (known !== undefined || !this.stemmerTrusted || !/^[a-z0-9]+$/.test(word)) return known;
    const lexeme = stemOf(word);
    this.remember(this.typed, word, lexeme);
    return lexeme;
  }

  private remember(map: Map<string, string | null>, word: string, lexeme: string | null): void {
    // Words people type are many: that list starts over now and then.
    if (map === this.typed && map.size >= 100_000) map.clear();
    map.set(word, lexeme);
  }

  /** True when the stemmer agreed with PostgreSQL on at least 1,000 catalogue words, with at
   * most 1 in 1,000 different. */
  get stemmerTrusted(): boolean {
    return this.stopWordsKnown && this.stemChecked >= 1000 && this.stemWrong * 1000 <= this.stemChecked;
  }

  /** Asks PostgreSQL for the lexemes of words it has not seen yet: of the catalogue's texts, or
   * (`typed`) of what people searched for. */
  async learnWords(texts: string[], typed = false): Promise<void> {
    const missing = new Set<string>();
    for (const text of texts) {
      eachTextWord(text, (start, end) => {
        const w = text.slice(start, end).toLowerCase();
        if (this.lexemeOf(w) === undefined) missing.add(w);
      });
    }
    if (!missing.size) return;
    const words = [...missing];
    const batch = this.options.batchWords ?? 5000;
    for (let i = 0; i < words.length; i += batch) {
      const part = words.slice(i, i + batch);
      for (const { w, v } of await tsvectorsOf(this.db, part)) this.remember(typed ? this.typed : this.lexemes, w, v ? (parseTsVector(v).lexemes[0] ?? null) : null);
    }
  }
}
