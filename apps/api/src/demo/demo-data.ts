import { CURRENT_INSTRUMENT_VERSION, getInstrument } from '@groeiwijzer/domain';
import { type EntityManager } from 'typeorm';
import { aspectMeanMap, computeEmployeeView } from '../scan/employee-view';
import { upsertAdmin } from '../admin/admin-accounts';
import { hashPassword } from '../auth/password';
import { newToken } from '../auth/tokens';
import { type ItemsRepository } from '../catalogue/items.repository';
import { loadDemoCatalogue } from './demo-catalogue';
import { loadDemoMatching } from './demo-matching';
import { loadDemoExtraItems, loadDemoOrganisations, loadDemoSearches } from './demo-insights';
import { insertApprovedPublisher, insertClosedRound, insertOrganisation, insertResponse, insertSelfAssessment, organisationCount, upsertDemoUser } from './demo.queries';

/** Shared by every demo account; printed at start. Never used outside demo mode. */
export const DEMO_PASSWORD = 'groeiwijzer-demo';

export const DEMO_ACCOUNTS = [
  { role: 'owner', email: 'eigenaar@demo.groeiwijzer.nl', name: 'Anne Kuipers' },
  { role: 'coach', email: 'coach@demo.groeiwijzer.nl', name: 'Henk Oude Luttikhuis' },
  { role: 'publisher', email: 'redactie@demo.groeiwijzer.nl', name: 'Fatima El Amrani' },
  { role: 'admin', email: 'beheer@demo.groeiwijzer.nl', name: 'Beheer Groeiwijzer' },
] as const;

const ORGANISATIONS = [
  { name: 'Metaalbewerking Hengelo', sector: 'C', region: 'twente', employees: 34, kvkNumber: '60123456' },
  { name: 'Bouwbedrijf Ten Brinke Achterhoek', sector: 'F', region: 'achterhoek', employees: 18, kvkNumber: '09187654' },
  { name: 'Havenlogistiek Rijnmond', sector: 'H', region: 'rijnmond', employees: 72, kvkNumber: null },
];

// A publisher's items lie within its own regions: these cover their demo items (demo-catalogue.ts).
const PUBLISHERS = [
  { name: 'Sectortafel Bouw & Infra', regions: ['landelijk', 'twente', 'achterhoek', 'midden-gelderland'], website: 'https://www.example.nl/sectortafel-bouw-infra' },
  { name: 'Leerwerkloket Twente', regions: ['landelijk', 'twente', 'achterhoek', 'rijnmond', 'haaglanden'], website: 'https://www.example.nl/leerwerkloket-twente' },
];

/** Fills an empty platform with a few SMEs, publishers and an account for each role.
 * Returns false when the platform already has organisations (demo data is loaded once). */
export async function loadDemoData(m: EntityManager, items: ItemsRepository): Promise<boolean> {
  if ((await organisationCount(m)) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const ids: Record<string, string> = {};
  for (const account of DEMO_ACCOUNTS) {
    if (account.role === 'admin') {
      ids[account.role] = await upsertAdmin(m, account.email, DEMO_PASSWORD, account.name);
      continue;
    }
    ids[account.role] = await upsertDemoUser(m, account.email, account.name, passwordHash);
  }
  const organisationIds: string[] = [];
  for (const [index, org] of ORGANISATIONS.entries()) {
    const row = { id: await insertOrganisation(m, org, ids.owner) };
    // Two earlier rounds as well: the report's trend shows where the company came from.
    await loadClosedRound(m, row.id, ids.owner, index, 380, 'Leercultuurscan vorig jaar', -0.5);
    await loadClosedRound(m, row.id, ids.owner, index, 190, 'Leercultuurscan voorjaar', -0.25);
    await loadClosedRound(m, row.id, ids.owner, index);
    organisationIds.push(row.id);
  }
  const publisherIds: string[] = [];
  for (const publisher of PUBLISHERS) {
    publisherIds.push(await insertApprovedPublisher(m, publisher, ids.publisher));
  }
  await loadDemoCatalogue(m, items, publisherIds);
  await loadDemoExtraItems(m, items, publisherIds);
  // The regional demand signal: companies in Twente and Regio Zwolle, searches over the past weeks.
  await loadDemoOrganisations(m);
  await loadDemoSearches(m);
  await loadDemoMatching(m, ids.owner, organisationIds);
  return true;
}

/** Answers that lean per aspect: the demo reports show clear strengths and weak spots. */
const LEANINGS: Record<string, number>[] = [
  { wc: 4.2, rs: 2.6, co: 3.9, le: 2.9, lo: 2.4, oc: 3.4 },
  { wc: 3.8, rs: 3.4, co: 4.3, le: 3.6, lo: 2.8, oc: 2.5 },
  { wc: 3.1, rs: 2.9, co: 3.5, le: 2.7, lo: 3.2, oc: 3.8 },
];

/** A closed scan round with a dozen synthetic responses and the owner's self-assessment. */
async function loadClosedRound(
  m: EntityManager, organisationId: string, ownerId: string, index: number, daysAgo = 3, title = 'Leercultuurscan najaar', shift = 0,
): Promise<void> {
  const instrument = getInstrument(CURRENT_INSTRUMENT_VERSION);
  const leaning = Object.fromEntries(Object.entries(LEANINGS[index % LEANINGS.length]).map(([k, v]) => [k, v + shift]));
  let seed = 11 + index * 97 + daysAgo;
  const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
  const answer = (itemId: string) => {
    if (random() < 0.05) return null;
    const value = Math.round(leaning[itemId.slice(0, 2)] + (random() - 0.5) * 2.2);
    return Math.min(5, Math.max(1, value));
  };
  const rows = Array.from({ length: 9 + index * 2 }, (_, k) => ({
    answers: Object.fromEntries(instrument.items.map((item) => [item.id, answer(item.id)])),
    comment: k === 0 ? 'Ik zou graag vaker met klanten meedenken.' : k === 3 ? 'Er is weinig tijd om iets nieuws te leren.' : null,
    group_name: null,
  }));
  const { respondents, view } = computeEmployeeView(instrument, rows, 5);
  const results = { respondents, withheld: !view, aspects: view ? aspectMeanMap(view.aspects) : {}, ...(view ? { view } : {}) };
  const roundId = await insertClosedRound(m, {
    organisationId, title, instrumentVersion: instrument.version, shareToken: newToken(), createdBy: ownerId, daysAgo, results,
  });
  for (const r of rows) await insertResponse(m, roundId, r.answers, r.comment, daysAgo + 2);
  // The owner's self-assessment only on the latest round.
  if (daysAgo !== 3) return;
  const self = Object.fromEntries(instrument.items.map((item) => [item.id, Math.min(5, Math.round(leaning[item.id.slice(0, 2)] + 0.8))]));
  await insertSelfAssessment(m, roundId, self);
}
