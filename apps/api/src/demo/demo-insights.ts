import { type ItemInput } from '@groeiwijzer/contracts';
import { ASPECT_KEYS, type AspectKey, checkItem, foldText } from '@groeiwijzer/domain';
import { type EntityManager } from 'typeorm';
import { newToken } from '../auth/tokens';
import { type ItemsRepository } from '../catalogue/items.repository';
import { insertClosedRound, insertOrganisation, insertSearchEvent } from './demo.queries';

/** A small deterministic generator: the same demo every time. */
function generator(seed: number) {
  let s = seed;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const nextYear = new Date().getFullYear() + 1;

const TOPICS: { title: string; summary: string; aspects: AspectKey[] }[] = [
  { title: 'Werkplekleren organiseren', summary: 'Zo maak je van de werkvloer een plek waar je mensen elke dag iets leren.', aspects: ['learning_organisation', 'work_content'] },
  { title: 'Het ontwikkelgesprek voor leidinggevenden', summary: 'Goede gesprekken over groei voeren met je medewerkers, in twee dagdelen.', aspects: ['leadership'] },
  { title: 'Teamleren in de praktijk', summary: 'Samen problemen oplossen en van elkaar leren, met een begeleider op je eigen werkplek.', aspects: ['collaboration', 'work_content'] },
  { title: 'Ruimte om te leren: tijd en budget regelen', summary: 'Praktische workshop over leertijd, een leerbudget en afspraken die werken.', aspects: ['room_and_safety', 'learning_organisation'] },
  { title: 'Vakmanschap doorgeven', summary: 'Ervaren vakmensen leren hoe ze nieuwe collega’s goed inwerken en begeleiden.', aspects: ['work_content', 'collaboration'] },
  { title: 'Een leerplan voor je bedrijf', summary: 'In drie bijeenkomsten maak je een eenvoudig opleidingsplan dat past bij je bedrijf.', aspects: ['learning_organisation'] },
  { title: 'Coachend leidinggeven', summary: 'Leidinggevenden oefenen met vragen stellen en ruimte geven in plaats van voordoen.', aspects: ['leadership', 'room_and_safety'] },
  { title: 'Fouten bespreken zonder schuld', summary: 'Hoe je als team leert van wat misging, zodat mensen durven te proberen.', aspects: ['room_and_safety', 'collaboration'] },
];
// Regions of both demo publishers (see demo-data.ts); Regio Zwolle has none on purpose: its
// companies' weak spot on the outside world has no offer, so the insights show a gap.
const REGION_SETS: { publisher: number; regions: string[]; provider: string }[] = [
  { publisher: 0, regions: ['twente'], provider: 'Opleidingscentrum Twente' },
  { publisher: 0, regions: ['achterhoek'], provider: 'Leerhuis Achterhoek' },
  { publisher: 0, regions: ['midden-gelderland'], provider: 'Bouwschool Gelderland' },
  { publisher: 1, regions: ['rijnmond'], provider: 'Leerwerkloket Rijnmond' },
  { publisher: 1, regions: ['haaglanden'], provider: 'Leerwerkloket Haaglanden' },
  { publisher: 1, regions: ['twente', 'achterhoek'], provider: 'Leerwerkloket Twente' },
];

/** 48 trainings (8 topics in 6 places), each with contact details: with the hand-written items
 * the demo catalogue holds more than 60 offers. */
export function demoExtraItems(): { publisher: number; item: ItemInput }[] {
  const formats = ['klassikaal', 'online', 'blended', 'op-locatie'] as const;
  const out: { publisher: number; item: ItemInput }[] = [];
  REGION_SETS.forEach((set, s) => {
    TOPICS.forEach((topic, i) => {
      const slug = foldText(`${topic.title} ${set.provider}`).replace(/ /g, '-');
      out.push({
        publisher: set.publisher,
        item: {
          kind: 'training', externalId: `demo-${slug}`, title: `${topic.title} (${set.provider})`, summary: topic.summary,
          description: `${topic.summary}\n\nAangeboden door ${set.provider}. Bel of mail ons voor een datum die past.`,
          aspects: topic.aspects, regions: set.regions, sectors: [], sizeClasses: [], provider: set.provider,
          contactEmail: `info@${foldText(set.provider).replace(/ /g, '-')}.example.nl`, costEur: (i % 3) * 150,
          format: formats[(i + s) % formats.length], language: 'nl',
          training: { durationHours: 4 + ((i * 3 + s) % 5) * 4, startDates: [`${nextYear}-0${1 + ((i + s) % 9)}-1${i % 9}`] },
        },
      });
    });
  });
  return out;
}

export async function loadDemoExtraItems(m: EntityManager, items: ItemsRepository, publisherIds: string[]): Promise<void> {
  for (const { publisher, item } of demoExtraItems()) {
    const { item: checked, problems } = checkItem(item);
    if (!checked) throw new Error(`demo item ${item.externalId} is invalid: ${JSON.stringify(problems)}`);
    await items.upsertMany(m, publisherIds[publisher], [checked], true);
  }
}

/** Where the demo companies are and what they lean to (aspect means around these). */
const GROUPS: { region: string; count: number; sectors: string[]; leaning: Partial<Record<AspectKey, number>> }[] = [
  { region: 'twente', count: 36, sectors: ['C', 'F', 'G', 'H', 'Q', 'M'], leaning: { room_and_safety: 2.6, learning_organisation: 2.5 } },
  { region: 'regio-zwolle', count: 12, sectors: ['C', 'F'], leaning: { outside_connection: 2.2, leadership: 3.0 } },
];

/** Demo companies without accounts, each with two or three closed rounds half a year apart
 * (so the insights' trend and the owners' benchmark have something to show). */
export async function loadDemoOrganisations(m: EntityManager): Promise<number> {
  const random = generator(20261206);
  let made = 0;
  for (const group of GROUPS) {
    for (let i = 0; i < group.count; i++) {
      const sector = group.sectors[i % group.sectors.length];
      const employees = [6, 14, 28, 45, 80, 120][Math.floor(random() * 6)];
      const org = { id: await insertOrganisation(m, { name: `Demobedrijf ${group.region === 'twente' ? 'Twente' : 'Zwolle'} ${i + 1}`, sector, region: group.region, employees }) };
      const rounds = i % 3 === 0 ? [400, 210, 25] : [210, 25];
      for (const [r, daysAgo] of rounds.entries()) {
        // Later rounds a little better: the trend shows growth where offers were used.
        const aspects = Object.fromEntries(ASPECT_KEYS.map((a) => {
          const base = group.leaning[a] ?? 3.5;
          return [a, Math.round(Math.min(4.8, Math.max(1.5, base + r * 0.15 + (random() - 0.5) * 0.9)) * 100) / 100];
        })) as Record<AspectKey, number>;
        const weakSpots = [...ASPECT_KEYS].sort((a, b) => aspects[a] - aspects[b]).slice(0, 2);
        const strengths = [...ASPECT_KEYS].sort((a, b) => aspects[b] - aspects[a]).slice(0, 2);
        await insertClosedRound(m, {
          organisationId: org.id, title: `Leercultuurscan ${r + 1}`, instrumentVersion: 1, shareToken: newToken(), createdBy: null, daysAgo,
          results: { respondents: 6 + Math.floor(random() * 20), withheld: false, aspects, view: { weakSpots, strengths } },
        });
      }
      made++;
    }
  }
  return made;
}

const UNMET = [
  { q: 'stage begeleiden mbo', region: 'regio-zwolle', sessions: 9 },
  { q: 'samenwerken met school', region: 'regio-zwolle', sessions: 7 },
  { q: 'heftruckcertificaat', region: 'twente', sessions: 8 },
  { q: 'nederlands op de werkvloer', region: 'twente', sessions: 11 },
  { q: 'excel voor planners', region: '*', sessions: 6 },
  // Too few sessions on different days: never shown.
  { q: 'cursus lassen zaterdag', region: 'twente', sessions: 3 },
];

/** Searches over the past eight weeks, with few or no results, from sessions on days of their own. */
export async function loadDemoSearches(m: EntityManager): Promise<void> {
  const random = generator(4242);
  for (const [u, unmet] of UNMET.entries()) {
    for (let s = 0; s < unmet.sessions; s++) {
      const dayOffset = -1 - Math.floor((s * 56) / unmet.sessions) - Math.floor(random() * 3);
      await insertSearchEvent(m, { day: day(dayOffset), region: unmet.region, q: unmet.q, resultCount: Math.floor(random() * 2), sessionKey: `demo-${u}-${s}` });
    }
  }
}
