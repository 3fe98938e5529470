#!/usr/bin/env node
// Writes cases.json, the judged set of bench/matching-relevance.mjs, from the catalogue
// (catalogue.mjs) and the case table below. Grades follow the rules in README.md: `gradeByRules`
// writes those rules down so every case is graded the same way, and each case's `overrides`
// holds the judgements the rules cannot make (the situation says more than the profile). The
// ranker is not used here. Run: node bench/relevance/matching/build-cases.mjs
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { CATALOGUE, TODAY } from './catalogue.mjs';

const M = (wc, rs, co, le, lo, oc) => ({
  work_content: wc, room_and_safety: rs, collaboration: co, leadership: le, learning_organisation: lo, outside_connection: oc,
});

/** org: region, SBI letter, employees. `other`: a second region whose items are candidates (traps). */
const CASES = [
  { id: 'tw-metaal-klein', org: ['twente', 'C', 24], other: 'achterhoek', means: M(3.8, 3.3, 3.5, 2.6, 2.9, 3.7), weakSpots: ['leadership', 'learning_organisation'],
    situation: 'Metaalbewerker, 24 mensen, eigenaar stuurt alles zelf aan. Medewerkers missen een leidinggevende die over ontwikkeling praat; er is geen opleidingsbeleid.' },
  { id: 'tw-bouw-micro', org: ['twente', 'F', 7], other: 'groningen', means: M(3.9, 2.5, 3.6, 2.9, 3.2, 3.4), weakSpots: ['room_and_safety', 'leadership'],
    situation: 'Timmerbedrijf, 7 mensen. Geen tijd en geld om te leren, fouten maken voelt niet veilig. De eigenaar werkt zelf mee op de bouw.' },
  { id: 'tw-zorg-middel', org: ['twente', 'Q', 85], other: 'groot-amsterdam', means: M(3.6, 3.4, 2.8, 3.5, 2.7, 3.3), weakSpots: ['learning_organisation', 'collaboration'],
    situation: 'Thuiszorgorganisatie, 85 mensen in wijkteams. Leren is niet georganiseerd en teams werken langs elkaar heen.' },
  { id: 'ah-bouw-klein', org: ['achterhoek', 'F', 18], other: 'twente', means: M(3.7, 3.4, 3.6, 3.0, 2.6, 3.5), weakSpots: ['learning_organisation', 'leadership'],
    situation: 'Installatie- en bouwbedrijf, 18 mensen. Leren gebeurt toevallig; de uitvoerders sturen niet op ontwikkeling.' },
  { id: 'ah-zorg-micro', org: ['achterhoek', 'Q', 8], other: 'midden-brabant', means: M(3.9, 3.5, 2.7, 3.6, 2.9, 3.4), weakSpots: ['collaboration', 'learning_organisation'],
    situation: 'Kleine fysiotherapiepraktijk, 8 mensen. Iedereen werkt op zijn eigen eiland.' },
  { id: 'ah-handel-middel', org: ['achterhoek', 'G', 60], other: 'twente', means: M(3.5, 3.3, 3.0, 2.7, 3.4, 3.6), weakSpots: ['leadership', 'collaboration'],
    situation: 'Groothandel in bouwmaterialen, 60 mensen met afdelingshoofden die vooral op omzet sturen.' },
  { id: 'rm-logistiek-middel', org: ['rijnmond', 'H', 140], other: 'groot-amsterdam', means: M(2.8, 2.6, 3.4, 3.3, 3.2, 3.5), weakSpots: ['room_and_safety', 'work_content'],
    situation: 'Logistiek bedrijf in de haven, 140 mensen in ploegen. Weinig ruimte om te leren en het werk is eentonig.' },
  { id: 'rm-bouw-klein', org: ['rijnmond', 'F', 30], other: 'zuid-limburg', means: M(3.6, 3.4, 2.9, 2.6, 3.3, 3.4), weakSpots: ['leadership', 'collaboration'],
    situation: 'Bouwbedrijf, 30 mensen. De eigenaar wil leren leidinggeven aan ontwikkeling; ploegen werken slecht samen.' },
  { id: 'rm-zakelijk-micro', org: ['rijnmond', 'M', 6], other: 'groningen', means: M(4.0, 3.8, 3.7, 3.6, 3.0, 2.7), weakSpots: ['outside_connection', 'learning_organisation'],
    situation: 'Ingenieursbureau, 6 mensen. Weinig contact met scholen en netwerken; leren is niet geregeld.' },
  { id: 'am-horeca-klein', org: ['groot-amsterdam', 'I', 22], other: 'rijnmond', means: M(3.4, 2.8, 3.5, 2.5, 3.1, 3.3), weakSpots: ['leadership', 'room_and_safety'],
    situation: 'Restaurant met 22 mensen, veel jonge medewerkers. Leidinggevenden op de vloer geven weinig ruimte om te leren.' },
  { id: 'am-ict-klein-en', org: ['groot-amsterdam', 'J', 35], other: 'midden-brabant', means: M(3.9, 3.5, 2.9, 2.8, 3.4, 3.6), weakSpots: ['leadership', 'collaboration'],
    preferences: { language: 'en' },
    situation: 'Software company, 35 people, the team works in English. The founders want to lead development better; teams work side by side, not together.' },
  { id: 'am-zakelijk-middel-hoog', org: ['groot-amsterdam', 'M', 70], other: 'rijnmond', means: M(4.5, 4.3, 4.4, 4.2, 4.6, 4.1), weakSpots: ['outside_connection', 'leadership'],
    situation: 'Adviesbureau, 70 mensen, scoort overal hoog. Wil verder groeien in contact met klanten, scholen en netwerken.' },
  { id: 'mb-logistiek-klein', org: ['midden-brabant', 'H', 40], other: 'rijnmond', means: M(3.5, 2.9, 3.4, 2.7, 3.3, 3.5), weakSpots: ['leadership', 'room_and_safety'],
    situation: 'Transportbedrijf, 40 mensen. Planners en chauffeurs krijgen weinig aandacht voor ontwikkeling van hun leidinggevenden.' },
  { id: 'mb-zorg-middel', org: ['midden-brabant', 'Q', 120], other: 'zuid-limburg', means: M(3.5, 2.6, 3.4, 2.9, 3.3, 3.2), weakSpots: ['room_and_safety', 'leadership'],
    situation: 'Gehandicaptenzorg, 120 mensen. Hoge werkdruk: geen tijd en veiligheid om te leren, teamleiders sturen op roosters.' },
  { id: 'mb-industrie-micro', org: ['midden-brabant', 'C', 9], other: 'twente', means: M(3.6, 3.5, 3.8, 3.4, 2.6, 2.9), weakSpots: ['learning_organisation', 'outside_connection'],
    dismissed: ['MB-C1'],
    situation: 'Kleine machinebouwer, 9 mensen. Leren is niet geregeld, geen contact met scholen. De eigenaar sprak de consularis al en vond het niets (weggezet als niet relevant).' },
  { id: 'zl-industrie-middel', org: ['zuid-limburg', 'C', 95], other: 'groningen', means: M(2.9, 3.4, 3.5, 2.7, 3.3, 3.6), weakSpots: ['leadership', 'work_content'],
    situation: 'Kunststofverwerker, 95 mensen. Teamleiders zijn vakmensen zonder leiderschapservaring; het werk biedt weinig uitdaging.' },
  { id: 'zl-handel-micro-gratis', org: ['zuid-limburg', 'G', 4], other: 'achterhoek', means: M(3.7, 3.5, 2.6, 2.9, 3.2, 3.4), weakSpots: ['collaboration', 'leadership'],
    preferences: { freeOnly: true },
    situation: 'Winkel met 4 mensen. Geen budget: de eigenaar wil alleen gratis hulp.' },
  { id: 'gr-agri-klein', org: ['groningen', 'A', 12], other: 'achterhoek', means: M(3.8, 3.5, 2.7, 3.4, 3.3, 2.8), weakSpots: ['collaboration', 'outside_connection'],
    situation: 'Akkerbouw- en loonbedrijf, 12 mensen. Vaste mensen en seizoenskrachten werken slecht samen; weinig contact met scholen.' },
  { id: 'gr-ict-micro-hoog', org: ['groningen', 'J', 5], other: 'zuid-limburg', means: M(4.6, 4.4, 4.5, 4.3, 4.0, 4.2), weakSpots: ['learning_organisation', 'leadership'],
    situation: 'Webbureau, 5 mensen, scoort overal hoog. Leren is nog niet vastgelegd nu het bedrijf groeit.' },
  { id: 'gr-bouw-profiel', org: ['groningen', 'F', 20], other: 'twente', means: null, weakSpots: [],
    situation: 'Aannemer, 20 mensen, nog geen scan gedaan. Wil zien wat er is.' },
  { id: 'tw-handel-profiel', org: ['twente', 'G', 3], other: 'rijnmond', means: null, weakSpots: [],
    situation: 'Fietsenwinkel, 3 mensen, nog geen scan gedaan.' },
  { id: 'rm-zorg-klein-regio', org: ['rijnmond', 'Q', 45], other: 'midden-brabant', means: M(3.6, 3.3, 3.4, 2.9, 2.7, 3.5), weakSpots: ['learning_organisation', 'leadership'],
    preferences: { regionalOnly: true },
    situation: 'Kinderopvang, 45 mensen. Wil alleen aanbod uit de eigen regio: mensen die ze kunnen ontmoeten.' },
  { id: 'ah-metaal-micro', org: ['achterhoek', 'C', 6], other: 'twente', means: M(3.2, 3.5, 3.6, 2.8, 3.0, 3.7), weakSpots: ['leadership', 'work_content'],
    situation: 'Lasbedrijf, 6 mensen, eigenaar is de enige leidinggevende. Medewerkers willen meer afwisseling in het werk.' },
];

/** Judgements the rules cannot make, per case: item → grade, with why. */
const OVERRIDES = {
  'tw-metaal-klein': { 'N-S2': [0, 'praktijkleren: de case zegt niets over leerlingen'] },
  'tw-zorg-middel': { 'N-T17': [0, 'workshops voor kleine teams: niet voor 85 mensen (en niet voor hun grootte)'] },
  'rm-logistiek-middel': { 'N-C3': [3, 'loopbaanadvies past precies bij "weinig ruimte" in ploegendienst'] },
  'am-horeca-klein': { 'N-S7': [3, 'loopbaanbudget horeca is het geld voor de ruimte om te leren die ontbreekt'] },
  'mb-zorg-middel': { 'MB-S2': [3, 'regionale zorgregeling voor tijd en ruimte om te leren: precies de vraag'] },
  'gr-agri-klein': { 'GR-S2': [2, 'agri-regeling: helpt bij contact met scholen via het werk'] },
  'zl-handel-micro-gratis': { 'N-T17': [3, 'gratis workshops voor kleine teams over samenwerken'] },
};

const isStale = (item) => item.verifiedOn < '2025-03-16'; // more than 12 months before TODAY
const sizeOf = (n) => (n < 10 ? 'micro' : n < 50 ? 'small' : 'medium');

/** Why an item cannot be used by this organisation today, or null. Written from the rules in
 * README.md, independently of the domain code. */
function trapOf(item, org) {
  if (item.trap) return item.trap;
  if (!item.regions.includes(org.region) && !item.regions.includes('landelijk')) return 'other-region';
  if (item.sectors.length && !item.sectors.includes(org.sector)) return 'other-sector';
  if (item.sizeClasses.length && !item.sizeClasses.includes(org.sizeClass)) return 'other-size';
  return null;
}

function wanted(item, org, prefs = {}) {
  if (prefs.regionalOnly && !item.regions.includes(org.region)) return false;
  if (prefs.freeOnly && !(item.costEur === null || item.costEur === 0)) return false;
  if (prefs.language) {
    const langs = item.coach?.languages?.length ? item.coach.languages : item.language ? [item.language] : [];
    if (langs.length && !langs.includes(prefs.language)) return false;
  }
  return true;
}

/** The grading rules of README.md. */
function gradeByRules(item, c, org) {
  const ownRegion = item.regions.includes(org.region);
  const ownSector = item.sectors.includes(org.sector);
  const ownerCoach = item.kind === 'coach' && item.coach.entrepreneurExperience && org.sizeClass !== 'medium';
  let g;
  if (!c.means) {
    g = ownRegion && (ownSector || ownerCoach) ? 3 : ownRegion || ownSector ? 2 : 1;
  } else {
    const allHigh = Object.values(c.means).every((m) => m >= 4);
    const [w1, w2] = allHigh ? [c.weakSpots[0], undefined] : c.weakSpots;
    const i1 = item.aspects.indexOf(w1);
    const i2 = w2 ? item.aspects.indexOf(w2) : -1;
    const tailored = ownRegion || ownSector || ownerCoach;
    if (i1 === 0) g = tailored ? 3 : 2;
    else if (i2 === 0) g = tailored && i1 > 0 ? 3 : 2;
    else if (i1 > 0) g = tailored ? 2 : 1;
    else if (i2 > 0) g = 1;
    else g = 0;
  }
  const teamLanguage = c.preferences?.language ?? 'nl';
  const languages = item.coach?.languages?.length ? item.coach.languages : item.language ? [item.language] : [];
  if (g > 1 && (isStale(item) || (languages.length && !languages.includes(teamLanguage)))) g = 1;
  return g;
}

const cases = CASES.map((c) => {
  const [region, sector, employees] = c.org;
  const org = { id: `bench-${c.id}`, region, sector, sizeClass: sizeOf(employees), employees };
  const candidates = CATALOGUE.filter((i) => i.regions.includes('landelijk') || i.regions.includes(region) || i.regions.includes(c.other));
  const traps = {};
  const grades = {};
  const notes = {};
  for (const item of candidates) {
    const trap = trapOf(item, org) ?? (c.dismissed?.includes(item.id) ? 'dismissed' : null);
    if (trap) {
      traps[item.id] = trap;
      continue;
    }
    if (!wanted(item, org, c.preferences)) continue;
    let g = gradeByRules(item, c, org);
    const override = OVERRIDES[c.id]?.[item.id];
    if (override) {
      [g, notes[item.id]] = [override[0], `${g} → ${override[0]}: ${override[1]}`];
    }
    if (g > 0) grades[item.id] = g;
  }
  return {
    id: c.id, situation: c.situation, today: TODAY, org, aspectMeans: c.means, weakSpots: c.weakSpots,
    ...(c.preferences ? { preferences: c.preferences } : {}), ...(c.dismissed ? { dismissed: c.dismissed } : {}),
    candidates: candidates.map((i) => i.id), grades, traps, ...(Object.keys(notes).length ? { notes } : {}),
  };
});

const out = {
  about: 'Judged set for the matching ranker (libs/domain/src/matching): see README.md beside this file. Written by build-cases.mjs.',
  today: TODAY,
  catalogue: CATALOGUE.map(({ trap, ...item }) => item),
  cases,
};
writeFileSync(path.join(import.meta.dirname, 'cases.json'), JSON.stringify(out, null, 1) + '\n');
for (const c of cases) {
  const hist = [3, 2, 1].map((g) => Object.values(c.grades).filter((x) => x === g).length).join('/');
  console.log(`${c.id.padEnd(26)} candidates ${String(c.candidates.length).padStart(2)}  grades 3/2/1 ${hist.padEnd(8)} traps ${Object.keys(c.traps).length}`);
}
