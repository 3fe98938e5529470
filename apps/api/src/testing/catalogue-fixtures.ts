import { type ItemInput } from '@groeiwijzer/contracts';
import { NATIONWIDE, REGIONS } from '@groeiwijzer/domain';
import { type HttpClient } from './http-client';
import { type TestApp } from './test-app';

export const ADMIN = { ADMIN_EMAIL: 'beheer@groeiwijzer.nl', ADMIN_PASSWORD: 'beheer-wachtwoord-lang' };

export async function adminClient(t: TestApp): Promise<HttpClient> {
  const admin = t.client();
  const r = await admin.post('/api/auth/login', { email: ADMIN.ADMIN_EMAIL, password: ADMIN.ADMIN_PASSWORD });
  if (r.status !== 200) throw new Error(`admin login failed: ${r.status}`);
  return admin;
}

let counter = 0;

/** Every region and `landelijk`: the default publisher may offer the fixtures' items anywhere
 * (a publisher's items must lie within its own regions). */
export const ALL_REGIONS = [NATIONWIDE, ...REGIONS.map((r) => r.key)];

/** A signed-in editor of a publisher; approved by the admin unless `approved` is false. */
export async function publisherEditor(t: TestApp, opts: { approved?: boolean; name?: string; regions?: string[] } = {}): Promise<{ editor: HttpClient; publisherId: string }> {
  const editor = t.client();
  await editor.signUp(`redactie${++counter}-${Date.now()}@uitgever.nl`);
  const created = await editor.post('/api/publishers', { name: opts.name ?? `Sectortafel ${counter}`, regions: opts.regions ?? ALL_REGIONS });
  if (created.status !== 201) throw new Error(`publisher not created: ${created.status}`);
  if (opts.approved !== false) {
    const admin = await adminClient(t);
    const ok = await admin.post(`/api/admin/publishers/${created.body.id}/approve`);
    if (ok.status !== 200) throw new Error(`publisher not approved: ${ok.status}`);
  }
  return { editor, publisherId: created.body.id };
}

export function scheme(overrides: Partial<ItemInput> = {}): ItemInput {
  return {
    kind: 'scheme',
    title: 'SLIM-regeling voor leren en ontwikkelen',
    summary: 'Subsidie voor mkb-bedrijven die leren op het werk willen stimuleren.',
    description: 'Met de **SLIM-regeling** krijg je een bijdrage in de kosten.',
    aspects: ['learning_organisation'],
    regions: ['landelijk'],
    sectors: [],
    sizeClasses: [],
    provider: 'Rijksoverheid',
    scheme: { fundingShare: 0.6, maxAmountEur: 24999, windows: [{ opens: '2026-03-01', closes: '2099-03-31' }], eligibility: 'Mkb-bedrijven met personeel in Nederland.' },
    ...overrides,
  };
}

export function training(overrides: Partial<ItemInput> = {}): ItemInput {
  return {
    kind: 'training',
    title: 'Leidinggeven aan leren op de werkvloer',
    summary: 'Training voor leidinggevenden die hun team willen laten groeien.',
    description: 'Drie dagdelen met oefeningen uit de praktijk.',
    aspects: ['leadership'],
    regions: ['twente'],
    sectors: ['C', 'F'],
    sizeClasses: ['small', 'medium'],
    provider: 'Leerwerkloket Twente',
    costEur: 450,
    format: 'blended',
    training: { durationHours: 12, startDates: ['2099-02-01'] },
    ...overrides,
  };
}

export function coach(overrides: Partial<ItemInput> = {}): ItemInput {
  return {
    kind: 'coach',
    title: 'Henk, consulent leren en ontwikkelen',
    summary: 'Ik help ondernemers met een leerplan dat bij hun bedrijf past.',
    description: 'Twintig jaar eigen bedrijf in de bouw.',
    aspects: ['learning_organisation', 'room_and_safety'],
    regions: ['twente', 'achterhoek'],
    sectors: [],
    sizeClasses: [],
    provider: 'Consularis Oost',
    contactEmail: 'coach@example.nl',
    coach: { coachType: 'consularis', entrepreneurExperience: true, capacity: 5, languages: ['nl'] },
    ...overrides,
  };
}

/** Creates and publishes an item; returns its id. */
export async function published(editor: HttpClient, publisherId: string, item: ItemInput): Promise<string> {
  const created = await editor.post(`/api/publishers/${publisherId}/items`, item);
  if (created.status !== 201) throw new Error(`item not created: ${created.status} ${JSON.stringify(created.body)}`);
  const pub = await editor.post(`/api/items/${created.body.id}/publish`);
  if (pub.status !== 200) throw new Error(`item not published: ${pub.status} ${JSON.stringify(pub.body)}`);
  return created.body.id;
}
