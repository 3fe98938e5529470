import { type ItemInput } from '@groeiwijzer/contracts';
import { type AspectKey, INSTRUMENT_V1 } from '@groeiwijzer/domain';
import { uniqueEmail } from './access-fixtures';
import { adminClient, coach, publisherEditor, published, scheme, training } from './catalogue-fixtures';
import { type HttpClient } from './http-client';
import { type TestApp } from './test-app';

export const PASSWORD = 'een-lang-wachtwoord';

export interface ScannedOwner {
  client: HttpClient;
  email: string;
  name: string;
  organisationId: string;
  roundId: string | null;
}

/**
 * A signed-in owner of a new organisation with a closed round whose weak spots are `weak`,
 * weakest first: five employees answer the shared link with 1 for the first weak aspect, 2 for
 * the second and 4 for the rest (all high: 4 and 4.4 for the weak ones, 5 for the rest); with
 * `self` the owner's self-assessment answers that everywhere. Without `weak` the organisation has
 * no scan at all (profile mode).
 */
export async function scannedOwner(
  t: TestApp,
  opts: { weak?: AspectKey[]; allHigh?: boolean; region?: string; sector?: string; employees?: number; name?: string; close?: boolean; self?: number } = {},
): Promise<ScannedOwner> {
  const client = t.client();
  const email = uniqueEmail('eigenaar');
  const name = opts.name ?? 'Marieke';
  await client.signUp(email, name, PASSWORD);
  const org = await client.post('/api/organisations', {
    name: `Bedrijf van ${name} ${email.slice(8, 14)}`, sector: opts.sector ?? 'C', region: opts.region ?? 'twente', employees: opts.employees ?? 12,
  });
  if (org.status !== 201) throw new Error(`organisation not created: ${org.status} ${JSON.stringify(org.body)}`);
  if (!opts.weak) return { client, email, name, organisationId: org.body.id, roundId: null };

  const round = await client.post(`/api/organisations/${org.body.id}/rounds`, { title: 'Leerscan', closesAt: t.clock.day(5) });
  if (round.status !== 201) throw new Error(`round not created: ${round.status} ${JSON.stringify(round.body)}`);
  const weak = opts.weak;
  for (let n = 0; n < 5; n++) {
    const answers = Object.fromEntries(INSTRUMENT_V1.items.map((item) => {
      const rank = weak.indexOf(item.aspect as AspectKey);
      // All high: the weakest 4, the second 4 or 5 (mean 4.4), the rest 5.
      const value = opts.allHigh ? (rank === 0 ? 4 : rank === 1 ? (n < 3 ? 4 : 5) : 5) : rank === 0 ? 1 : rank === 1 ? 2 : 4;
      return [item.id, value];
    }));
    const sent = await t.client().post(`/api/survey/${round.body.shareUrl.split('/s/')[1]}`, { answers });
    if (sent.status !== 201) throw new Error(`answer not taken: ${sent.status} ${JSON.stringify(sent.body)}`);
  }
  if (opts.self !== undefined) {
    // The owner's own view: the same answer everywhere (a report then shows owner–employee gaps).
    const own = await client.post(`/api/rounds/${round.body.id}/self-assessment`, { answers: Object.fromEntries(INSTRUMENT_V1.items.map((i) => [i.id, opts.self])) });
    if (own.status !== 201) throw new Error(`self-assessment not taken: ${own.status}`);
  }
  if (opts.close !== false) {
    const closed = await client.post(`/api/rounds/${round.body.id}/close`);
    if (closed.status !== 200) throw new Error(`round not closed: ${closed.status}`);
  }
  return { client, email, name, organisationId: org.body.id, roundId: round.body.id };
}

export interface Catalogue {
  editor: HttpClient;
  publisherId: string;
  admin: HttpClient;
  /** Publishes the item (a coach is approved by the admin, which publishes it); returns its id. */
  add(item: ItemInput): Promise<string>;
}

/** An approved publisher of its own, to fill with the test's items. */
export async function catalogue(t: TestApp): Promise<Catalogue> {
  const { editor, publisherId } = await publisherEditor(t);
  const admin = await adminClient(t);
  return {
    editor, publisherId, admin,
    async add(item) {
      if (item.kind !== 'coach') return published(editor, publisherId, item);
      const created = await editor.post(`/api/publishers/${publisherId}/items`, item);
      if (created.status !== 201) throw new Error(`coach not created: ${created.status} ${JSON.stringify(created.body)}`);
      const approved = await admin.post(`/api/admin/items/${created.body.id}/approve`);
      if (approved.status !== 200) throw new Error(`coach not approved: ${approved.status}`);
      return created.body.id;
    },
  };
}

/** An item for one aspect in one region, open to every sector and size; dates from the clock.
 * Tests give each organisation a region of its own, so their catalogues do not mix. */
export function fitting(t: TestApp, kind: 'scheme' | 'training' | 'coach', aspect: AspectKey, region: string, overrides: Partial<ItemInput> = {}): ItemInput {
  const base = { aspects: [aspect], regions: [region], sectors: [], sizeClasses: [] };
  if (kind === 'scheme') {
    const { scheme: details, ...rest } = overrides;
    return scheme({
      ...base, title: `Regeling ${aspect}`, ...rest,
      scheme: { fundingShare: 0.5, maxAmountEur: 5000, eligibility: 'Mkb-bedrijven in de regio.', windows: [{ opens: t.clock.day(-10), closes: t.clock.day(90) }], ...details },
    });
  }
  if (kind === 'training') return training({ ...base, title: `Training ${aspect}`, ...overrides });
  return coach({
    ...base, title: `Coach ${aspect}`, contactEmail: uniqueEmail('coach'),
    coach: { coachType: 'consularis', entrepreneurExperience: true, capacity: 3, languages: ['nl'] }, ...overrides,
  });
}

/** A signed-in account at a coach item's contact address: the coach who receives its referrals. */
export async function coachAccount(t: TestApp, email: string, name = 'Henk'): Promise<HttpClient> {
  const client = t.client();
  await client.signUp(email, name, PASSWORD);
  return client;
}
