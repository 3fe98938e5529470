import { type DataSource } from 'typeorm';

/** The PostgreSQL engine's statements (the search statement itself is built by `buildSearchSql`,
 * the spelling corrections by `CORRECTIONS_SQL`, both in postgres-engine.ts). */

/** Adds words to the lexicon that spelling correction draws from. */
export async function addLexiconWords(db: DataSource, words: string[]): Promise<void> {
  await db.query(`INSERT INTO catalogue_lexicon (word) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING`, [words]);
}

/** Runs a built search statement: one row with `hits`, `total` and `facets`. */
export async function runSearchStatement(db: DataSource, sql: string, values: unknown[]): Promise<Record<string, unknown>> {
  const [row] = await db.query(sql, values);
  return row;
}

/** Known words close to each query word (`CORRECTIONS_SQL`), with whether a word may be a prefix. */
export function correctionRows(db: DataSource, sql: string, words: string[], prefixes: boolean[]): Promise<{ word: string; alt: string }[]> {
  return db.query(sql, [words, prefixes]);
}

/** Which of `words` the catalogue's word list has: as a word, or (where `prefixes` says so) as the
 * start of one. Rows of the known ones. */
export function knownWordRows(db: DataSource, words: string[], prefixes: boolean[]): Promise<{ word: string; prefix: boolean }[]> {
  return db.query(
    `SELECT t.word, t.prefix FROM unnest($1::text[], $2::bool[]) AS t(word, prefix)
      WHERE EXISTS (SELECT 1 FROM catalogue_lexicon x
                     WHERE CASE WHEN t.prefix THEN x.word >= t.word AND x.word < t.word || '{' ELSE x.word = t.word END)`,
    [words, prefixes],
  );
}
