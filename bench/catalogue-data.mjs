/** The generated catalogue of the benchmarks (catalogue, matching, insights): items from the
 * field's words with a long tail of compounds and names, the import CSV of them, the searches an
 * owner could type over them, and how they go into the database. Deterministic per seed. */

/** `count` distinct searches an owner could type, from the words the generated catalogue uses:
 * one word, two words, a typo (a letter dropped, doubled, swapped or replaced), a word with
 * filters, or the first letters of a word while typing; pages 1–3, 10 a page. Deterministic. */
export function unseenQueries(count, seed = 99) {
  const r = random(seed);
  // The words owners type most (themes, sectors, kinds, places, roles) and the long tail of the
  // catalogue's compound words, two- and three-part (some of the latter no item uses: searches
  // that find nothing are part of the traffic too).
  const common = [...new Set([
    ...Object.values(THEMES).flat(), ...Object.values(SECTOR_WORDS).flat(), ...Object.values(KIND_WORDS).flat().map((w) => w.toLowerCase()),
    ...PLACES.map((p) => p.toLowerCase()), ...COACH_ROLES.map(([, role]) => role.toLowerCase()),
    'subsidie', 'regeling', 'cursus', 'opleiding', 'coach', 'begeleiding', 'scholing', 'training', 'leercultuur', 'vakmanschap',
  ].flatMap((w) => w.split(' ')).filter((w) => /^[a-z-]{3,}$/.test(w)))];
  const tail = [...COMPOUNDS, ...HEADS.flatMap((h) => COMPOUNDS.slice(0, 300).map((c) => h + c))];
  const word = () => (r.chance(0.6) ? r.pick(common) : r.pick(tail));
  const typo = (w) => {
    const i = 1 + r.int(w.length - 2);
    const op = r.int(4);
    if (op === 0) return w.slice(0, i) + w.slice(i + 1);
    if (op === 1) return w.slice(0, i) + w[i] + w.slice(i);
    if (op === 2) return w.slice(0, i - 1) + w[i] + w[i - 1] + w.slice(i + 1);
    return w.slice(0, i) + String.fromCharCode(97 + r.int(26)) + w.slice(i + 1);
  };
  const filterSets = () => {
    const f = {};
    const pickN = 1 + r.int(2);
    for (const key of r.some(['kind', 'region', 'sector', 'aspect', 'sizeClass'], pickN, pickN)) {
      if (key === 'kind') f.kind = r.pick(['scheme', 'training', 'coach']);
      if (key === 'region') f.region = r.pick(['twente', 'achterhoek', 'rijnmond', 'groot-amsterdam', 'midden-utrecht', 'landelijk']);
      if (key === 'sector') f.sector = r.pick(SECTOR_CODES);
      if (key === 'aspect') f.aspect = r.pick(Object.keys(THEMES));
      if (key === 'sizeClass') f.sizeClass = r.pick(['micro', 'small', 'medium']);
    }
    return f;
  };
  const seen = new Set();
  const out = [];
  while (out.length < count) {
    const roll = r.int(36);
    let category;
    let q;
    let filters = {};
    const longWord = (min) => {
      for (;;) {
        const w = word();
        if (w.length >= min) return w;
      }
    };
    if (roll < 8) [category, q] = ['one word', word()];
    else if (roll < 14) [category, q] = ['two words', `${word()} ${word()}`];
    else if (roll < 20) [category, q] = ['typo', r.chance(0.7) ? typo(longWord(6)) : `${typo(longWord(6))} ${word()}`];
    else if (roll < 26) [category, q, filters] = ['filters', word(), filterSets()];
    else {
      const w = longWord(5);
      [category, q] = ['prefix', w.slice(0, 2 + r.int(w.length - 2))];
    }
    const page = r.chance(0.7) ? 1 : 2 + r.int(2);
    const path = `/api/search?${new URLSearchParams({ q, ...filters, page: String(page), perPage: '10' })}`;
    if (seen.has(path)) continue;
    seen.add(path);
    out.push({ category, q, filters, page, path });
  }
  return out;
}

/** Rows as the import CSV: the template's columns, lists joined with `|`, a Dutch decimal comma. */
export function importCsv(header, items) {
  const cell = (v) => {
    const s = v === null || v === undefined ? '' : String(v);
    return /[",\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = items.map((it) => {
    const { scheme, training, coach } = it.details;
    const values = {
      kind: it.kind, externalId: it.external_id, title: it.title, summary: it.summary, description: it.description,
      aspects: it.aspects.join('|'), regions: it.regions.join('|'), sectors: it.sectors.join('|'), sizeClasses: it.size_classes.join('|'),
      provider: it.provider, url: it.url, contactEmail: it.contact_email, costEur: it.cost_eur, format: it.format, language: it.language,
      validFrom: it.valid_from, validUntil: it.valid_until,
      'scheme.fundingShare': scheme?.fundingShare == null ? '' : String(scheme.fundingShare).replace('.', ','),
      'scheme.maxAmountEur': scheme?.maxAmountEur, 'scheme.eligibility': scheme?.eligibility,
      'scheme.windows': scheme?.windows.map((w) => `${w.opens}/${w.closes}`).join('|'),
      'training.durationHours': training?.durationHours, 'training.startDates': training?.startDates.join('|'),
      'coach.coachType': coach?.coachType, 'coach.entrepreneurExperience': coach ? (coach.entrepreneurExperience ? 'ja' : 'nee') : '',
      'coach.capacity': coach?.capacity, 'coach.languages': coach?.languages.join('|'),
    };
    return header.map((c) => cell(values[c])).join(',');
  });
  return [header.join(','), ...lines].join('\r\n') + '\r\n';
}

// ---- Generated catalogue items -------------------------------------------------------------
// Dutch titles, summaries and descriptions built from the words the field uses, with a long
// tail of compound words and names (so the word list for typo tolerance is as varied as a real
// catalogue's), mixed kinds, regions (incl. landelijk), sectors, sizes and aspects, and the
// statuses a living catalogue has. Deterministic for a seed.

/** A small seeded random generator (mulberry32). */
function random(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  const pick = (xs) => xs[int(xs.length)];
  // Skewed towards the front of the list: common words are common, the tail is rare.
  const zipf = (xs) => xs[Math.min(xs.length - 1, Math.floor(xs.length * next() ** 2.2))];
  const some = (xs, min, max) => {
    const n = min + int(max - min + 1);
    const out = new Set();
    while (out.size < Math.min(n, xs.length)) out.add(pick(xs));
    return [...out];
  };
  return { next, int, pick, zipf, some, chance: (p) => next() < p };
}

// Themes per aspect: [phrase as used in a title, a related noun for sentences].
const THEMES = {
  leadership: ['leiderschap', 'leidinggeven', 'coachend leidinggeven', 'leidinggevenden', 'teamleiders', 'management', 'situationeel leiderschap', 'persoonlijk leiderschap'],
  collaboration: ['samenwerken', 'samenwerking', 'teamontwikkeling', 'teamwork', 'feedback geven', 'samenwerken tussen afdelingen', 'communicatie in het team'],
  work_content: ['vakmanschap', 'vakkennis', 'vaardigheden', 'werkplezier', 'taakvariatie', 'probleemoplossend werken', 'digitale vaardigheden', 'veilig werken'],
  room_and_safety: ['ontwikkeltijd', 'leerbudget', 'psychologische veiligheid', 'experimenteren', 'leren van fouten', 'ruimte om te leren', 'duurzame inzetbaarheid'],
  learning_organisation: ['leercultuur', 'opleidingsplan', 'ontwikkelgesprekken', 'strategische personeelsplanning', 'leerbeleid', 'loopbaanscan', 'scholing', 'leven lang ontwikkelen'],
  outside_connection: ['praktijkleren', 'leerwerkplekken', 'stages', 'samenwerking met het onderwijs', 'kennisdeling', 'netwerken', 'innovatie', 'open innovatie'],
};

const SECTOR_WORDS = {
  A: ['landbouw', 'tuinbouw', 'agrarische sector', 'veehouderij'],
  C: ['metaal', 'metaalsector', 'techniek', 'maakindustrie', 'metalektro', 'productie', 'voedingsindustrie'],
  F: ['bouw', 'infra', 'installatietechniek', 'bouwsector', 'timmerfabrieken', 'schilders'],
  G: ['detailhandel', 'groothandel', 'autobedrijven', 'winkels'],
  H: ['logistiek', 'transport', 'haven', 'warehousing'],
  I: ['horeca', 'hotels', 'restaurants', 'recreatie'],
  J: ['ict', 'softwarebedrijven', 'digitalisering', 'media'],
  M: ['advies', 'ingenieursbureaus', 'accountancy'],
  N: ['schoonmaak', 'uitzendbranche', 'facilitaire dienstverlening'],
  P: ['onderwijs', 'kinderopvang', 'opleidingsbedrijven'],
  Q: ['zorg', 'welzijn', 'thuiszorg', 'ouderenzorg', 'gehandicaptenzorg'],
  S: ['kappers', 'ambachten', 'uitvaartbranche'],
};
const SECTOR_CODES = Object.keys(SECTOR_WORDS);

// A long tail of compound words, as Dutch makes them.
const HEADS = ['metaal', 'zorg', 'bouw', 'logistiek', 'techniek', 'installatie', 'las', 'monteurs', 'team', 'leer', 'werk', 'vak', 'kennis',
  'loopbaan', 'praktijk', 'veiligheids', 'kwaliteits', 'productie', 'onderhouds', 'klant', 'personeels', 'opleidings', 'ontwikkel', 'innovatie',
  'duurzaamheids', 'energie', 'data', 'robot', 'machine', 'proces', 'project', 'planning', 'verkoop', 'inkoop', 'magazijn', 'transport',
  'horeca', 'keuken', 'zorgteam', 'werkvloer', 'bedrijfs', 'ondernemers', 'sector', 'regio', 'leerwerk', 'talent', 'vakmans', 'coaching'];
const TAILS = ['bedrijf', 'sector', 'opleiding', 'training', 'traject', 'plan', 'budget', 'coach', 'praktijk', 'dag', 'sessie', 'programma',
  'scan', 'advies', 'methode', 'vaardigheden', 'gesprek', 'cultuur', 'beleid', 'netwerk', 'route', 'kompas', 'academie', 'lab', 'werkplaats',
  'module', 'leergang', 'certificaat', 'check', 'aanpak', 'ontwikkeling', 'kennis', 'team', 'strategie', 'monitor'];
const COMPOUNDS = HEADS.flatMap((h) => TAILS.filter((t) => !h.startsWith(t) && !t.startsWith(h) && !h.endsWith(t)).map((t) => h + t));
// Three-part compounds (metaalopleidingsbudget …): the rare words of the long tail.
const compoundOf = (r) => (r.chance(0.35) ? `${r.pick(HEADS)}${r.zipf(COMPOUNDS)}` : r.zipf(COMPOUNDS));

const PLACES = ['Enschede', 'Hengelo', 'Almelo', 'Doetinchem', 'Winterswijk', 'Rotterdam', 'Dordrecht', 'Zwolle', 'Deventer', 'Apeldoorn',
  'Arnhem', 'Nijmegen', 'Eindhoven', 'Helmond', 'Tilburg', 'Breda', 'Groningen', 'Leeuwarden', 'Assen', 'Utrecht', 'Amersfoort',
  'Haarlem', 'Alkmaar', 'Leiden', 'Delft', 'Maastricht', 'Venlo', 'Heerlen', 'Middelburg', 'Emmen', 'Lelystad', 'Den Bosch'];
const FIRST = ['Jan', 'Marieke', 'Henk', 'Sanne', 'Peter', 'Ingrid', 'Gerrit', 'Fatima', 'Ahmed', 'Els', 'Kees', 'Annemiek', 'Bart', 'Yvonne',
  'Wim', 'Lotte', 'Ruud', 'Nicole', 'Mohamed', 'Karin', 'Johan', 'Linda', 'Erik', 'Monique', 'Hans', 'Esther', 'Tom', 'Sabine'];
const LAST = ['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks',
  'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', 'Smits', 'de Graaf', 'van der Meer', 'Kok', 'Jacobs', 'Haan', 'Vermeulen',
  'Schouten', 'Willems', 'Hoekstra', 'Koster', 'Prins', 'Kuipers', 'Veenstra', 'Postma', 'Kramer', 'Huisman', 'Wijnands'];
const PROVIDERS = ['Leerwerkloket Twente', 'Sectortafel Bouw & Infra', 'ROC van Twente', 'Graafschap College', 'Albeda', 'OOM', 'A+O fonds Metalektro',
  'Techniek Nederland', 'Bouwmensen', 'Opleidingsfonds Zorg', 'STL Logistiek', 'Consularis Oost', 'MKB-Nederland', 'Rijksoverheid (RVO)',
  'Provincie Overijssel', 'Provincie Gelderland', 'Gemeente Enschede', 'Werkgeversservicepunt Rijnmond', 'Hogeschool Saxion', 'Fontys',
  'Kennispunt Leren', 'Stichting Vakmanschap', 'Leerambassadeurs Nederland', 'Ondernemersklankbord', 'Kamer van Koophandel'];

const KIND_WORDS = {
  scheme: ['Subsidie', 'Regeling', 'Bijdrage', 'Tegemoetkoming', 'Fonds', 'Stimuleringsregeling', 'Vergoeding', 'Financiering', 'Voucher'],
  training: ['Training', 'Cursus', 'Opleiding', 'Leergang', 'Workshop', 'E-learning', 'Masterclass', 'Praktijkdag', 'Incompanytraining', 'MOOC'],
};
const COACH_ROLES = [
  ['consularis', 'consularis'], ['arbeidsmarktcoach', 'arbeidsmarktcoach'], ['leerambassadeur', 'leerambassadeur'],
  ['hr-adviseur', 'HR-adviseur'], ['consularis', 'oud-ondernemer en coach'], ['hr-adviseur', 'loopbaanbegeleider'], ['arbeidsmarktcoach', 'begeleider'],
];

const OPENINGS = ['Voor mkb-bedrijven die', 'Bedoeld voor ondernemers die', 'Helpt kleine bedrijven die', 'Voor werkgevers die', 'Praktische steun voor teams die'];
const GOALS = ['willen investeren in', 'meer willen doen aan', 'aan de slag willen met', 'willen groeien in', 'een eerste stap zetten in', 'structureel werken aan'];
const SENTENCES = [
  'Je werkt met voorbeelden uit je eigen bedrijf en gaat naar huis met een concreet plan.',
  'Medewerkers leren van elkaar op de werkvloer, met korte opdrachten tussen de bijeenkomsten.',
  'De aanvraag is eenvoudig en je krijgt hulp bij het invullen van het formulier.',
  'Een ervaren begeleider komt bij je langs voor een keukentafelgesprek.',
  'Geschikt voor bedrijven zonder eigen HR-afdeling.',
  'Na afloop ontvangen deelnemers een certificaat.',
  'Je kiest zelf de onderwerpen die bij jouw team passen.',
  'Samen met collega-ondernemers uit de regio deel je ervaringen.',
  'De kosten worden voor een groot deel vergoed.',
  'Het traject duurt enkele maanden en sluit af met een evaluatie.',
  'We beginnen met een korte scan onder je medewerkers.',
  'Aandacht voor duurzame inzetbaarheid en werkplezier staat centraal.',
  'Leidinggevenden oefenen met gesprekken over ontwikkeling.',
  'Ook geschikt voor medewerkers die al lang niet meer hebben geleerd.',
  'De bijeenkomsten vinden plaats in de avond of op locatie.',
  'Persoonlijke begeleiding door een ervaren coach hoort erbij.',
  'Na de scholing volgt begeleiding op de werkvloer.',
  'Je ontvangt een overzicht van passende vervolgstappen.',
];

const DAY = 86_400_000;
const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);
const cap = (s) => s[0].toUpperCase() + s.slice(1);

/** `count` catalogue items as database rows, with the columns the API writes. */
export function generateItems(count, { seed = 42, publisherIds, now = Date.now(), domain, mapper }) {
  const { REGIONS, NATIONWIDE, ASPECT_KEYS, SIZE_CLASSES } = domain;
  const { aspectNames } = mapper;
  const regionKeys = REGIONS.map((r) => r.key);
  const r = random(seed);
  const rows = [];
  for (let n = 0; n < count; n++) {
    const roll = r.next();
    const kind = roll < 0.25 ? 'scheme' : roll < 0.8 ? 'training' : 'coach';
    const aspects = r.some(ASPECT_KEYS, 1, 2);
    const theme = r.zipf(THEMES[aspects[0]]);
    const otherTheme = r.zipf(THEMES[aspects[aspects.length - 1]]);
    const sectors = r.chance(0.4) ? [] : r.some(SECTOR_CODES, 1, 3).sort();
    const sectorWord = sectors.length ? r.zipf(SECTOR_WORDS[sectors[0]]) : null;
    const regions = r.chance(0.2) ? [NATIONWIDE] : r.some(regionKeys, 1, 3);
    const sizeClasses = r.chance(0.5) ? [] : r.some(SIZE_CLASSES, 1, 2);
    const place = r.pick(PLACES);
    const compound = () => compoundOf(r);
    let title;
    let provider = r.zipf(PROVIDERS);
    let contactEmail = null;
    const details = { scheme: null, training: null, coach: null };
    let costEur = null;
    let format = null;
    if (kind === 'coach') {
      const [coachType, role] = r.pick(COACH_ROLES);
      const first = r.pick(FIRST);
      const last = r.pick(LAST);
      title = `${first} ${last}, ${role} ${theme}${sectorWord ? ` in de ${sectorWord}` : ''}`;
      contactEmail = `${first}.${last}.${n}@example.nl`.toLowerCase().replace(/\s+/g, '');
      provider = r.chance(0.5) ? 'Consularis Oost' : `${cap(role)}s ${place}`;
      details.coach = { coachType, entrepreneurExperience: r.chance(0.6), capacity: 1 + r.int(10), languages: r.chance(0.2) ? ['nl', 'en'] : ['nl'] };
    } else {
      const word = r.zipf(KIND_WORDS[kind]);
      title = `${word} ${theme}${sectorWord ? ` ${r.pick(['in de', 'voor de', 'in'])} ${sectorWord}` : ''}${r.chance(0.3) ? ` ${place}` : ''}`;
      if (r.chance(0.25)) title += ` (${compound()})`;
      if (kind === 'scheme') {
        const opens = now - r.int(200) * DAY;
        details.scheme = {
          fundingShare: r.pick([0.25, 0.4, 0.5, 0.6, 0.75, null]), maxAmountEur: r.pick([2500, 5000, 10000, 24999, 50000, null]),
          windows: [{ opens: isoDay(opens), closes: isoDay(opens + (30 + r.int(300)) * DAY) }],
          eligibility: `Mkb-bedrijven met personeel in ${r.pick(PLACES)} en omgeving.`, startBy: null, completeBy: null,
        };
      } else {
        costEur = r.pick([0, 95, 250, 450, 895, 1250, 2400]);
        format = r.pick(['online', 'klassikaal', 'blended', 'op-locatie']);
        details.training = { durationHours: r.pick([2, 4, 8, 12, 16, 24, 40]), startDates: [isoDay(now + r.int(200) * DAY)] };
      }
    }
    const summary = `${r.pick(OPENINGS)} ${r.pick(GOALS)} ${theme}${sectorWord ? ` in de ${sectorWord}` : ''}${otherTheme !== theme ? ` en ${otherTheme}` : ''}.`;
    const description = [
      `${cap(theme)} is voor veel bedrijven in ${place} een thema dat ertoe doet.`,
      ...r.some(SENTENCES, 2, 4),
      `Denk aan ${compound()}, ${compound()} en ${compound()}.`,
      sectorWord ? `Speciaal voor de ${sectorWord}${sectors.length > 1 ? ` en de ${r.pick(SECTOR_WORDS[sectors[1]])}` : ''}.` : 'Voor alle sectoren.',
    ].join(' ');
    // Status: most published; some drafts, archived, expired or not yet valid; coaches await approval now and then.
    const s = r.next();
    let status = s < 0.86 ? 'published' : s < 0.94 ? 'draft' : 'archived';
    const approved = kind !== 'coach' || r.chance(0.92);
    if (!approved) status = 'draft';
    let validFrom = null;
    let validUntil = r.chance(0.5) ? isoDay(now + (30 + r.int(700)) * DAY) : null;
    const v = r.next();
    if (v < 0.05) validUntil = isoDay(now - (1 + r.int(300)) * DAY); // expired
    else if (v < 0.07) validFrom = isoDay(now + (1 + r.int(60)) * DAY); // not yet valid
    rows.push({
      publisher_id: publisherIds[n % publisherIds.length], kind, status, approved, title, summary, description, aspects, regions, sectors,
      size_classes: sizeClasses, provider, url: `https://www.example.nl/aanbod/${n}`, contact_email: contactEmail, cost_eur: costEur, format,
      language: 'nl', valid_from: validFrom, valid_until: validUntil, external_id: `gen-${n}`, details,
      aspect_names: aspectNames(aspects), published_at: status === 'published' ? new Date(now - r.int(400) * DAY).toISOString() : null,
    });
  }
  return rows;
}

const COLUMNS = [
  ['publisher_id', 'uuid'], ['kind', 'text'], ['status', 'text'], ['approved', 'bool'], ['title', 'text'], ['summary', 'text'],
  ['description', 'text'], ['aspects', 'text[]'], ['regions', 'text[]'], ['sectors', 'text[]'], ['size_classes', 'text[]'],
  ['provider', 'text'], ['url', 'text'], ['contact_email', 'text'], ['cost_eur', 'numeric'], ['format', 'text'], ['language', 'text'],
  ['valid_from', 'date'], ['valid_until', 'date'], ['external_id', 'text'], ['details', 'jsonb'], ['aspect_names', 'text'], ['published_at', 'timestamptz'],
];
const pgArray = (xs) => `{${xs.map((x) => `"${x}"`).join(',')}}`;

/** Inserts rows in batches (one INSERT … SELECT FROM unnest per batch), `parallel` batches at a
 * time, and fills the word list as the API does (lexiconWords); then ANALYZE. */
export async function insertItems(pool, rows, { lexiconWords }, { batch = 5000, parallel = 2 } = {}) {
  const sql = `INSERT INTO catalogue_items (${COLUMNS.map((c) => c[0]).join(', ')})
    SELECT ${COLUMNS.map(([name, type]) => (type.endsWith('[]') ? `${name}::${type}` : name)).join(', ')}
      FROM unnest(${COLUMNS.map(([, type], i) => `$${i + 1}::${type.endsWith('[]') ? 'text' : type}[]`).join(', ')})
        AS u(${COLUMNS.map((c) => c[0]).join(', ')})`;
  const batches = [];
  for (let i = 0; i < rows.length; i += batch) batches.push(rows.slice(i, i + batch));
  let next = 0;
  const worker = async () => {
    while (next < batches.length) {
      const part = batches[next++];
      const values = COLUMNS.map(([name, type]) => part.map((row) => (type.endsWith('[]') ? pgArray(row[name]) : type === 'jsonb' ? JSON.stringify(row[name]) : row[name])));
      await pool.query(sql, values);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  const words = new Set();
  for (const row of rows) {
    for (const w of lexiconWords({ title: row.title, summary: row.summary, provider: row.provider, description: row.description, aspects: row.aspects })) words.add(w);
  }
  await pool.query(`INSERT INTO catalogue_lexicon (word) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING`, [[...words]]);
  await pool.query('ANALYZE');
  return { words: words.size };
}
