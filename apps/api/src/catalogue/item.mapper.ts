import { type Item, type ItemInput } from '@groeiwijzer/contracts';
import { ASPECTS, foldText, type NormalisedItem } from '@groeiwijzer/domain';
import { renderMarkdown } from './markdown';

/** The columns every item read selects (dates as text: no time-zone shifts). */
export const ITEM_COLUMNS = `
  i.id, i.publisher_id, p.name AS publisher_name, i.kind, i.status, i.approved, i.title, i.summary, i.description,
  i.aspects, i.regions, i.sectors, i.size_classes, i.provider, i.url, i.contact_email, i.cost_eur::float8 AS cost_eur,
  i.format, i.language, i.valid_from::text AS valid_from, i.valid_until::text AS valid_until, i.external_id, i.details,
  i.verified_on::text AS verified_on, i.aspect_names,
  i.published_at, i.created_at, i.updated_at`;

export interface ItemRow {
  id: string;
  publisher_id: string;
  publisher_name: string;
  kind: Item['kind'];
  status: Item['status'];
  approved: boolean;
  title: string;
  summary: string;
  description: string;
  aspects: string[];
  regions: string[];
  sectors: string[];
  size_classes: string[];
  provider: string;
  url: string | null;
  contact_email: string | null;
  cost_eur: number | null;
  format: string | null;
  language: string | null;
  valid_from: string | null;
  valid_until: string | null;
  external_id: string | null;
  details: Pick<NormalisedItem, 'scheme' | 'training' | 'coach'>;
  verified_on: string;
  /** What the item is also found by (`searchExtras`, compound parts included), as stored. */
  aspect_names?: string;
  published_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

/** The item as its publisher wrote it: what a PATCH is applied to before the rules run again. */
export function inputOf(row: ItemRow): ItemInput {
  return {
    kind: row.kind, title: row.title, summary: row.summary, description: row.description,
    aspects: row.aspects as ItemInput['aspects'], regions: row.regions, sectors: row.sectors,
    sizeClasses: row.size_classes as ItemInput['sizeClasses'], provider: row.provider, url: row.url,
    contactEmail: row.contact_email, costEur: row.cost_eur, format: row.format as ItemInput['format'],
    language: row.language as ItemInput['language'], validFrom: row.valid_from, validUntil: row.valid_until,
    externalId: row.external_id,
    scheme: row.details.scheme ?? null, training: row.details.training ?? null,
    coach: (row.details.coach as ItemInput['coach']) ?? null,
  };
}

/** Not confirmed for 12 months on `today` (YYYY-MM-DD): the publisher should check it. */
export function needsVerification(verifiedOn: string, today: string): boolean {
  const limit = new Date(`${today}T00:00:00Z`);
  limit.setUTCMonth(limit.getUTCMonth() - 12);
  return verifiedOn < limit.toISOString().slice(0, 10);
}

export function toItem(row: ItemRow, today: string): Item {
  return {
    ...inputOf(row),
    id: row.id,
    status: row.status,
    publisherId: row.publisher_id,
    publisherName: row.publisher_name,
    verifiedOn: row.verified_on,
    needsVerification: needsVerification(row.verified_on, today),
    approved: row.approved,
    descriptionHtml: renderMarkdown(row.description),
    publishedAt: row.published_at ? new Date(row.published_at).toISOString() : null,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

/** Aspect names in both languages: searching "leiderschap" finds items for that aspect. */
export function aspectNames(aspects: string[]): string {
  return ASPECTS.filter((a) => aspects.includes(a.key)).map((a) => `${a.nl} ${a.en}`).join(' ');
}

/** What an item is also found by, stored with it (`aspect_names`, weighted as the provider, below
 * title and summary): the names of its aspects in both languages, "Engels English" for an
 * item in English or a coach who speaks it (so "coaching in English" finds them), and the parts
 * of its compound words (`compoundParts`: "scholingssubsidie" is also found by "subsidie"). */
export function searchExtras(
  item: { aspects: string[]; language: string | null; coach: { languages?: string[] } | null }, parts: readonly string[] = [],
): string {
  const english = item.language === 'en' || (item.coach?.languages ?? []).includes('en');
  return [aspectNames(item.aspects), english ? 'Engels English' : '', parts.join(' ')].filter(Boolean).join(' ');
}

/** The folded words of an item, for the typo-tolerance word list. */
export function lexiconWords(item: NormalisedItem): string[] {
  const text = [item.title, item.summary, item.provider, item.description, aspectNames(item.aspects)].join(' ');
  return [...new Set(foldText(text).split(' ').filter((w) => w.length >= 3 && w.length <= 40 && !/^\d+$/.test(w)))];
}

/** The stored item in its checked form (what the engines index). */
export function normalisedOf(row: ItemRow): NormalisedItem {
  const input = inputOf(row);
  return {
    ...input,
    url: input.url ?? null, contactEmail: input.contactEmail ?? null, costEur: input.costEur ?? null,
    format: input.format ?? null, language: input.language ?? null, validFrom: input.validFrom ?? null,
    validUntil: input.validUntil ?? null, externalId: input.externalId ?? null,
    scheme: row.details.scheme ?? null, training: row.details.training ?? null, coach: row.details.coach ?? null,
  };
}
