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

/** Which of `words` the catalogue's word list has. */
export async function knownWords(db: DataSource, words: string[]): Promise<string[]> {
  const rows: { word: string }[] = await db.query(`SELECT word FROM catalogue_lexicon WHERE word = ANY($1::text[])`, [words]);
  return rows.map((r) => r.word);
}
