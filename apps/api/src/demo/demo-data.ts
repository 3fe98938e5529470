import { type EntityManager } from 'typeorm';
import { upsertAdmin } from '../admin/admin-accounts';
import { hashPassword } from '../auth/password';

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

const PUBLISHERS = [
  { name: 'Sectortafel Bouw & Infra', regions: ['twente', 'achterhoek'], website: 'https://www.example.nl/sectortafel-bouw-infra' },
  { name: 'Leerwerkloket Twente', regions: ['twente'], website: 'https://www.example.nl/leerwerkloket-twente' },
];

/** Fills an empty platform with a few SMEs, publishers and an account for each role.
 * Returns false when the platform already has organisations (demo data is loaded once). */
export async function loadDemoData(m: EntityManager): Promise<boolean> {
  const [{ count }] = await m.query(`SELECT count(*)::int AS count FROM organisations`);
  if (count > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const ids: Record<string, string> = {};
  for (const account of DEMO_ACCOUNTS) {
    if (account.role === 'admin') {
      ids[account.role] = await upsertAdmin(m, account.email, DEMO_PASSWORD, account.name);
      continue;
    }
    const rows = await m.query(
      `INSERT INTO users (email, name, password_hash) VALUES ($1, $2, $3)
       ON CONFLICT ((lower(email))) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
      [account.email, account.name, passwordHash],
    );
    ids[account.role] = rows[0].id;
  }
  for (const org of ORGANISATIONS) {
    const [row] = await m.query(
      `INSERT INTO organisations (name, sector, region, employees, kvk_number) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [org.name, org.sector, org.region, org.employees, org.kvkNumber],
    );
    await m.query(`INSERT INTO organisation_members (organisation_id, user_id, role) VALUES ($1, $2, 'owner')`, [row.id, ids.owner]);
  }
  for (const publisher of PUBLISHERS) {
    const [row] = await m.query(
      `INSERT INTO publishers (name, regions, website, status, approved_at) VALUES ($1, $2, $3, 'approved', now()) RETURNING id`,
      [publisher.name, publisher.regions, publisher.website],
    );
    await m.query(`INSERT INTO publisher_members (publisher_id, user_id) VALUES ($1, $2)`, [row.id, ids.publisher]);
  }
  return true;
}
