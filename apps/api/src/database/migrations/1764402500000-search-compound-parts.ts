import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { compoundParts, SYNONYM_GROUPS } from '@groeiwijzer/domain';
import { searchExtras } from '../../catalogue/item.mapper';

/** Items are also found by the parts of their compound words (`compoundParts`, stored in
 * `aspect_names` when an item is written): the rows written before get them here, split against
 * the whole word list the catalogue has now (and the thesaurus's words). */
export class SearchCompoundParts1764402500000 implements MigrationInterface {
  name = 'SearchCompoundParts1764402500000';

  async up(q: QueryRunner): Promise<void> {
    const rows: {
      id: string; title: string; summary: string; provider: string; description: string; aspects: string[]; language: string | null;
      details: { coach?: { languages?: string[] } | null }; aspect_names: string;
    }[] = await q.query(`SELECT id, title, summary, provider, description, aspects, language, details, aspect_names FROM catalogue_items`);
    if (!rows.length) return;
    const words = new Set<string>([...SYNONYM_GROUPS.flat(), ...((await q.query(`SELECT word FROM catalogue_lexicon`)) as { word: string }[]).map((r) => r.word)]);
    const isWord = (w: string) => words.has(w);
    const ids: string[] = [];
    const extras: string[] = [];
    for (const r of rows) {
      const parts = compoundParts([r.title, r.summary, r.provider, r.description], isWord);
      const text = searchExtras({ aspects: r.aspects, language: r.language, coach: r.details?.coach ?? null }, parts);
      if (text !== r.aspect_names) {
        ids.push(r.id);
        extras.push(text);
      }
    }
    for (let i = 0; i < ids.length; i += 5000) {
      await q.query(
        `UPDATE catalogue_items c SET aspect_names = u.extras FROM unnest($1::uuid[], $2::text[]) AS u(id, extras) WHERE c.id = u.id`,
        [ids.slice(i, i + 5000), extras.slice(i, i + 5000)],
      );
    }
  }

  async down(): Promise<void> {
    // The parts are only extra search words: they may stay.
  }
}
