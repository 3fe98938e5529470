import {
  analysedTerms, compoundCandidates, conceptsOf, compoundParts, decompose, derivedForms, splitCompoundTerms, stemDutch, toTsQueryRankTexts,
  aspectsNamedBy, foldText, markHighlight, MAX_QUERY_LENGTH, MAX_QUERY_TERMS, queryTerms, requiredMatches, stemEnglish, STOP_WORDS, SYNONYM_GROUPS,
  synonymsOf, termGroups, toTsQueryGroups, toTsQueryText,
} from './search-terms';
import { ASPECT_WORDS, THESAURUS } from './thesaurus';

const groupOf = (word: string) => SYNONYM_GROUPS.find((g) => g.includes(word)) as readonly string[];
const sorted = (xs: Iterable<string>) => [...xs].sort();

describe('foldText', () => {
  it.each([
    ['Cursussen Éénmalig!', 'cursussen eenmalig'],
    ['Coöperatie', 'cooperatie'],
    ['carrière', 'carriere'],
    ['mkb-bedrijven, ZZP & co.', 'mkb bedrijven zzp co'],
    ['  (subsidie)  ', 'subsidie'],
    ['BBL-traject 2026', 'bbl traject 2026'],
    ['?!…', ''],
  ])('folds %p to %p', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });
});

describe('queryTerms', () => {
  it('drops stop words and makes the last word a prefix while typing', () => {
    expect(queryTerms('Subsidie voor de bouw')).toEqual([
      { word: 'subsidie', prefix: false },
      { word: 'bouw', prefix: true },
    ]);
  });

  it('treats the last word as finished after a trailing space', () => {
    expect(queryTerms('subsidie bouw ')).toEqual([
      { word: 'subsidie', prefix: false },
      { word: 'bouw', prefix: false },
    ]);
  });

  it('does not use a single letter as a prefix', () => {
    expect(queryTerms('subsidie b')).toEqual([
      { word: 'subsidie', prefix: false },
      { word: 'b', prefix: false },
    ]);
  });

  it('finds nothing to search in empty text or stop words only', () => {
    expect(queryTerms('')).toEqual([]);
    expect(queryTerms(null)).toEqual([]);
    expect(queryTerms(undefined)).toEqual([]);
    expect(queryTerms('de en het van ')).toEqual([]);
    expect(queryTerms('  ?! ')).toEqual([]);
  });

  it('folds accents and case', () => {
    expect(queryTerms('Coöperatie ').map((t) => t.word)).toEqual(['cooperatie']);
  });

  it(`keeps at most ${MAX_QUERY_TERMS} words`, () => {
    const words = Array.from({ length: MAX_QUERY_TERMS + 3 }, (_, i) => `woord${i}`);
    expect(queryTerms(`${words.join(' ')} `).map((t) => t.word)).toEqual(words.slice(0, MAX_QUERY_TERMS));
  });

  it(`reads at most ${MAX_QUERY_LENGTH} characters`, () => {
    const long = 'x'.repeat(MAX_QUERY_LENGTH - 5);
    // The text is cut just after "bouw": "subsidie" lies beyond the limit.
    expect(queryTerms(`${long} bouw subsidie`)).toEqual([
      { word: long, prefix: false },
      { word: 'bouw', prefix: true },
    ]);
  });

  it('uses the Dutch and English stop words', () => {
    for (const w of ['de', 'het', 'een', 'voor', 'the', 'and']) expect(STOP_WORDS.has(w)).toBe(true);
    expect(queryTerms('the training for leaders ').map((t) => t.word)).toEqual(['training', 'leaders']);
  });
});

describe('synonymsOf', () => {
  it('gives the other words of the group', () => {
    expect(sorted(synonymsOf('cursus'))).toEqual(sorted(groupOf('cursus').filter((w) => w !== 'cursus')));
  });

  it.each([
    ['subsidies', 'subsidie'],
    ['cursussen', 'cursus'],
    ['coaches', 'coach'],
    ['opleidingen', 'opleiding'],
    ['werkgevers', 'werkgever'],
  ])('maps the plural %s to the group of %s, including the singular', (plural, base) => {
    expect(sorted(synonymsOf(plural))).toEqual(sorted(groupOf(base)));
  });

  it('does not treat a longer word that merely starts like a group word as a synonym', () => {
    expect(synonymsOf('infrarood')).toEqual([]);
    expect(synonymsOf('mentorschappen')).toEqual([]);
  });

  it('has no synonyms for a word outside the list', () => {
    expect(synonymsOf('robotlassen')).toEqual([]);
  });

  it('finds, through its member index, what a pass over every entry finds, in the same order', () => {
    // The rule written out once more: an entry counts when the word inflects one of its members
    // (the member itself, or it plus up to 3 letters, members of 4+ letters), or shares its
    // English stem (4+ letters) or Dutch stem (5+ letters) with one.
    const inflects = (w: string, m: string) => w === m || (w.length > m.length && w.startsWith(m) && w.length - m.length <= 3 && m.length >= 4);
    const byPass = (w: string) => {
      const out = new Set<string>();
      for (const g of THESAURUS) {
        const members = [...g.nl, ...(g.en ?? [])];
        const hit = members.some((m) => inflects(w, m))
          || (w.length >= 4 && (g.en ?? []).some((m) => m.length >= 4 && stemEnglish(m) === stemEnglish(w)))
          || (w.length >= 5 && g.nl.some((m) => m.length >= 5 && stemDutch(m).length >= 4 && stemDutch(m) === stemDutch(w)));
        if (hit) for (const m of members) if (m !== w) out.add(m);
      }
      return [...out];
    };
    const words = THESAURUS.flatMap((g) => [...g.nl, ...(g.en ?? [])]).flatMap((m) => [m, `${m}s`, `${m}en`, `${m}ing`, `${m}xxxx`, m.slice(0, -1), `ver${m}`]);
    words.push('bouwplaats', 'leidinggevenden', 'trainingen', 'coachingstraject', 'digitaliseren', 'begeleiden');
    for (const w of words) expect([w, synonymsOf(w)]).toEqual([w, byPass(w)]);
    // What the index leans on to skip stemming: a Snowball stem starts as its word does.
    for (const w of words.filter((x) => x.length >= 4)) expect([w, stemEnglish(w).slice(0, 2), stemDutch(w).slice(0, 2)]).toEqual([w, w.slice(0, 2), w.slice(0, 2)]);
  });
});

describe('termGroups', () => {
  it('gives each query word its synonyms, keeping the prefix flag', () => {
    const [group] = termGroups([{ word: 'cursus', prefix: true }]);
    expect(group.word).toBe('cursus');
    expect(group.prefix).toBe(true);
    expect(sorted(group.alternatives)).toEqual(sorted(groupOf('cursus').filter((w) => w !== 'cursus')));
  });

  it('adds spelling corrections and the synonyms of the corrected word', () => {
    const [group] = termGroups([{ word: 'subsdie', prefix: false }], { subsdie: ['subsidie'] });
    expect(sorted(group.alternatives)).toEqual(sorted(groupOf('subsidie')));
  });

  it('never lists the word itself as its own alternative', () => {
    const [group] = termGroups([{ word: 'coach', prefix: false }], { coach: ['coach', 'coaches'] });
    expect(group.alternatives).not.toContain('coach');
    expect(group.alternatives).toContain('coaches');
  });

  it('keeps one group per query word, in order', () => {
    expect(termGroups(queryTerms('leiderschap in de bouw')).map((g) => g.word)).toEqual(['leiderschap', 'bouw']);
  });
});

describe('toTsQueryText', () => {
  it('matches a short finished word exactly and a typed or long word as a prefix', () => {
    expect(toTsQueryText([{ word: 'bus', prefix: false, alternatives: [] }])).toBe('bus');
    expect(toTsQueryText([{ word: 'bus', prefix: true, alternatives: [] }])).toBe('bus:*');
    expect(toTsQueryText([{ word: 'haven', prefix: false, alternatives: [] }])).toBe('haven:*');
  });

  it('offers the alternatives of a word with OR and needs every word with AND', () => {
    const text = toTsQueryText([
      { word: 'haven', prefix: false, alternatives: ['havens', 'port'] },
      { word: 'bus', prefix: false, alternatives: [] },
    ]);
    expect(text).toBe('(haven:* | havens | port) & bus');
  });

  it('turns a typed query with a synonym into the whole group', () => {
    const others = groupOf('cursus').filter((w) => w !== 'cursus');
    const bouw = groupOf('bouw').filter((w) => w !== 'bouw');
    // "bouw" is short and finished: exact; "cursus" is long enough to match as a prefix.
    // …and the two words written as one (see the analyser's compounds), a form of the words
    // themselves, listed before the related words.
    expect(toTsQueryText(termGroups(queryTerms('cursus bouw ')))).toBe(`(cursus:* | cursusbouw | ${others.join(' | ')}) & (bouw | cursusbouw | ${bouw.join(' | ')})`);
  });

  it('is empty without words', () => {
    expect(toTsQueryText([])).toBe('');
  });

  /** Parses the text as the only grammar the function should produce; throws otherwise. */
  function tsWords(text: string): string[] {
    if (text === '') return [];
    return text.split(' & ').flatMap((group) => {
      const options = group.startsWith('(') && group.endsWith(')') ? group.slice(1, -1).split(' | ') : [group];
      return options.map((option, i) => {
        const m = /^([a-z0-9]+)(:\*)?$/.exec(option);
        if (!m || (m[2] && i > 0)) throw new Error(`unexpected tsquery part ${JSON.stringify(option)} in ${JSON.stringify(text)}`);
        return m[1];
      });
    });
  }

  it.each([
    ['leiding & !geven', ['leiding', 'geven']],
    ['bouw | metaal', ['bouw', 'metaal']],
    ['haven:* <-> port', ['haven', 'port']],
    ["(scholing)) & 'x':*", ['scholing', 'x']],
    ["'; DROP TABLE catalogue_items; --", ['drop', 'table', 'catalogue', 'items']],
    ['"haven" \\ ploeg', ['haven', 'ploeg']],
    ['!!!&&&|||', []],
  ])('lets only letters and digits through from %p', (q, words) => {
    const groups = termGroups(queryTerms(q));
    expect(groups.map((g) => g.word)).toEqual(words);
    const text = toTsQueryText(groups);
    expect(() => tsWords(text)).not.toThrow();
    for (const w of tsWords(text)) expect(w).toMatch(/^[a-z0-9]+$/);
  });
});

describe('markHighlight', () => {
  const OPEN = '\u0002';
  const CLOSE = '\u0003';

  it('escapes the text and marks the matched words', () => {
    expect(markHighlight(`Regeling <b>${OPEN}Vakkrachten${CLOSE}</b>`, OPEN, CLOSE)).toBe('Regeling &lt;b&gt;<mark>Vakkrachten</mark>&lt;/b&gt;');
  });

  it('escapes ampersands and both kinds of quotes', () => {
    expect(markHighlight(`Tom & Jerry's "beste" cursus`, OPEN, CLOSE)).toBe('Tom &amp; Jerry&#39;s &quot;beste&quot; cursus');
  });

  it('does not unescape what was already an entity', () => {
    expect(markHighlight('&lt;script&gt;', OPEN, CLOSE)).toBe('&amp;lt;script&amp;gt;');
  });

  it('makes tags only of the markers, never of tags in the text', () => {
    const html = markHighlight(`<mark>nep</mark> <img src=x onerror="alert(1)"> ${OPEN}echt${CLOSE} en ${OPEN}nog${CLOSE}`, OPEN, CLOSE);
    expect(html.match(/<[^>]*>/g)).toEqual(['<mark>', '</mark>', '<mark>', '</mark>']);
    expect(html).toContain('<mark>echt</mark>');
    expect(html).toContain('<mark>nog</mark>');
    expect(html).toContain('&lt;mark&gt;nep&lt;/mark&gt;');
  });

  it('leaves a text without markers as escaped text', () => {
    expect(markHighlight('Samenwerken in de haven', OPEN, CLOSE)).toBe('Samenwerken in de haven');
  });
});

describe('the analyser: thesaurus, English, aspect words, compounds and partial matching', () => {
  const alternatives = (q: string, i = 0) => termGroups(queryTerms(q))[i].alternatives;

  it('reaches the Dutch words of an English query, through the English stem (grants, mentoring, apprentices)', () => {
    expect(alternatives('grants ')).toEqual(expect.arrayContaining(['subsidie', 'regeling', 'vergoeding']));
    expect(alternatives('mentoring ')).toEqual(expect.arrayContaining(['coach', 'begeleiding', 'mentor']));
    expect(alternatives('apprentices ')).toEqual(expect.arrayContaining(['stagiair', 'leerwerkplek']));
    expect(alternatives('leadership ')).toEqual(expect.arrayContaining(['leiderschap', 'leidinggeven']));
    expect(alternatives('courses ')).toEqual(expect.arrayContaining(['cursus', 'opleiding', 'training']));
  });

  it('stems English with the Snowball English stemmer', () => {
    expect(stemEnglish('mentoring')).toBe('mentor');
    expect(stemEnglish('grants')).toBe(stemEnglish('grant'));
    expect(stemEnglish('courses')).toBe(stemEnglish('course'));
  });

  it('keeps the thesaurus free of doubled words within an entry, and lists every word folded', () => {
    for (const group of SYNONYM_GROUPS) {
      expect(new Set(group).size).toBe(group.length);
      for (const w of group) expect(foldText(w)).toBe(w);
    }
  });

  it('maps plain words that name an aspect to that aspect, in either language', () => {
    expect(aspectsNamedBy('fouten')).toEqual(['room_and_safety']);
    expect(aspectsNamedBy('mistakes')).toEqual(['room_and_safety']);
    expect(aspectsNamedBy('aansturen')).toEqual(['leadership']);
    expect(aspectsNamedBy('hogeschool')).toEqual(['outside_connection']);
    expect(aspectsNamedBy('subsidie')).toEqual([]);
    // The field's own terms stay literal: expanding them to a whole aspect made broad searches.
    expect(aspectsNamedBy('leercultuur')).toEqual([]);
    // …and the word of the aspect's name that items tagged with it carry.
    expect(alternatives('fouten ')).toContain(ASPECT_WORDS.room_and_safety.target);
    expect(alternatives('psychological ')).toContain(ASPECT_WORDS.room_and_safety.target);
  });

  it('joins a compound typed apart, with and without the linking s, as an alternative of both words', () => {
    const [a, b] = termGroups(queryTerms('veiligheids cultuur '));
    expect(a.alternatives).toContain('veiligheidscultuur');
    expect(b.alternatives).toContain('veiligheidscultuur');
    expect(alternatives('las opleiding ')).toContain('lasopleiding');
    expect(alternatives('leer cultuur ')).toEqual(expect.arrayContaining(['leercultuur', 'leerscultuur']));
    expect(alternatives('verzuim verlagen ', 1)).toContain('verzuimverlagen');
    expect(alternatives('kosten 2026 ')).not.toContain('kosten2026');
  });

  it('knows verb and noun forms the stemmer does not join (werven/werving, las/lassen)', () => {
    expect(alternatives('werving ')).toContain('werven');
    expect(alternatives('las ')).toContain('lassen');
    expect(alternatives('welding ')).toEqual(expect.arrayContaining(['lassen', 'las']));
  });

  it('needs every word of a one-word query and all but at most half of a longer one', () => {
    expect([0, 1, 2, 3, 4, 5, 8].map(requiredMatches)).toEqual([0, 1, 1, 2, 2, 3, 4]);
  });

  it('gives one to_tsquery text per group', () => {
    const groups = termGroups(queryTerms('bouw zzp '));
    expect(toTsQueryGroups(groups)).toEqual(groups.map((g) => toTsQueryText([g])));
  });
});

describe('decomposition against the catalogue’s own words', () => {
  const words = new Set(['scholing', 'subsidie', 'regeling', 'opleiding', 'arbeid', 'arbeidsmarkt', 'markt', 'coach', 'veiligheid', 'cultuur', 'las', 'zorg', 'medewerkers', 'bouw', 'bedrijf', 'ding', 'leer', 'werkplek']);
  const isWord = (w: string) => words.has(w);

  it('splits a compound into known words, without the linking s (scholingssubsidie, veiligheidscultuur)', () => {
    expect(sorted(decompose('scholingssubsidie', isWord))).toEqual(['scholing', 'subsidie']);
    expect(sorted(decompose('veiligheidscultuur', isWord))).toEqual(['cultuur', 'veiligheid']);
    expect(sorted(decompose('zorgmedewerkers', isWord))).toEqual(['medewerkers', 'zorg']);
  });

  it('prefers the longest known head and splits that further (arbeidsmarktcoach)', () => {
    expect(sorted(decompose('arbeidsmarktcoach', isWord))).toEqual(['arbeid', 'arbeidsmarkt', 'coach', 'markt']);
  });

  it('splits a tail that is a compound itself (leerwerkplek… as leer + werkplek)', () => {
    expect(sorted(decompose('scholingsregeling', isWord))).toEqual(['regeling', 'scholing']);
    expect(sorted(decompose('leerwerkplek', isWord))).toEqual(['leer', 'werkplek']);
  });

  it('takes a 3-letter head only when the thesaurus knows it (las, not ver)', () => {
    expect(sorted(decompose('lasopleiding', isWord))).toEqual(['las', 'opleiding']);
    expect(decompose('veropleiding', (w) => w === 'ver' || isWord(w))).toEqual([]);
  });

  it('leaves words alone that are no compound of known words (begeleiding, opleiding, bakkerij)', () => {
    expect(decompose('begeleiding', isWord)).toEqual([]);
    expect(decompose('opleiding', isWord)).toEqual([]);
    expect(decompose('bakkerij', isWord)).toEqual([]);
    expect(decompose('bouw', isWord)).toEqual([]);
  });

  it('asks about every part it could split into at once (compoundCandidates covers what decompose asks)', () => {
    for (const word of ['scholingssubsidie', 'arbeidsmarktcoach', 'lasopleiding', 'leerwerkplek']) {
      const asked = new Set<string>();
      decompose(word, (w) => {
        asked.add(w);
        return isWord(w);
      });
      const candidates = new Set(compoundCandidates(word));
      for (const w of asked) expect(candidates).toContain(w);
    }
    expect(compoundCandidates('bouw')).toEqual([]);
  });

  it('stores the parts an item’s words split into, less the words it already has', () => {
    expect(compoundParts(['Scholingssubsidie voor de zorg', 'Vraag subsidie aan'], isWord)).toEqual(['scholing']);
    expect(compoundParts(['Veiligheidscultuur op de bouwplaats'], isWord)).toEqual(['cultuur', 'veiligheid']);
  });

  it('searches a query compound as its parts, typed apart, with the compound an alternative of both', () => {
    expect(splitCompoundTerms(queryTerms('lasopleiding twente'), isWord).map((t) => t.word)).toEqual(['las', 'opleiding', 'twente']);
    expect(splitCompoundTerms(queryTerms('begeleiding twente'), isWord).map((t) => t.word)).toEqual(['begeleiding', 'twente']);
    // The last word being typed stays a prefix in its last part.
    // Both parts stand for the one word of the query (concept 1 here).
    expect(splitCompoundTerms(queryTerms('opleiding zorgmedewerkers'), isWord)).toEqual([
      { word: 'opleiding', prefix: false, concept: 0 }, { word: 'zorg', prefix: false, concept: 1 }, { word: 'medewerkers', prefix: true, concept: 1 },
    ]);
    expect(conceptsOf(termGroups(splitCompoundTerms(queryTerms('opleiding zorgmedewerkers'), isWord)))).toEqual([0, 1, 1]);
    expect(conceptsOf(termGroups(queryTerms('opleiding zorg medewerkers')))).toEqual([0, 1, 2]);
    // Split parts are then joined again as an alternative, as for a compound typed apart, with
    // the compound's synonyms: "teamontwikkeling" still reaches "samenwerken".
    const groups = termGroups(splitCompoundTerms(queryTerms('lasopleiding '), isWord));
    expect(groups[0].alternatives).toContain('lasopleiding');
    expect(groups[1].alternatives).toContain('lasopleiding');
    const team = termGroups(splitCompoundTerms(queryTerms('teamontwikkeling '), (w) => w === 'team' || w === 'ontwikkeling'));
    expect(team.map((g) => g.word)).toEqual(['team', 'ontwikkeling']);
    expect(team[1].related).toEqual(expect.arrayContaining(['samenwerken', 'teamwork']));
  });
});

describe('ranking inputs: forms of the word above related words', () => {
  it('marks thesaurus synonyms and aspect words as related, forms of the word (derived, joined, corrected) not', () => {
    const [group] = termGroups(queryTerms('omscholen '));
    expect(group.related).toEqual(expect.arrayContaining(['scholing', 'opleiding', 'training']));
    expect(group.related).not.toContain('omscholing');
    const [fouten] = termGroups(queryTerms('fouten '));
    expect(fouten.related).toContain('veiligheid');
    const [typo] = termGroups([{ word: 'subsdie', prefix: false }], { subsdie: ['subsidie'] });
    expect(typo.alternatives).toContain('subsidie');
    expect(typo.related).not.toContain('subsidie');
    expect(typo.related).toContain('regeling');
  });

  it('splits the OR query for ranking into the words with their forms and the related words', () => {
    const groups = termGroups(queryTerms('verzuim verlagen '));
    const { close, related } = toTsQueryRankTexts(groups);
    expect(close.split(' | ')).toEqual(expect.arrayContaining(['verzuim:*', 'verlagen:*', 'verlaging', 'verzuimverlaging']));
    expect(related.split(' | ')).toEqual(expect.arrayContaining(['health', 'gezond']));
    expect(close.split(' | ')).not.toContain('gezond');
    expect(toTsQueryRankTexts(termGroups(queryTerms('xqzt ')))).toEqual({ close: 'xqzt', related: '' });
  });
});

describe('derivations: the Snowball Dutch stemmer and the derivation list', () => {
  it('stems Dutch with the Snowball Dutch stemmer, which joins verb and noun itself', () => {
    expect(stemDutch('begeleiden')).toBe(stemDutch('begeleiding'));
    expect(stemDutch('verlagen')).toBe(stemDutch('verlaging'));
    expect(stemDutch('digitaliseren')).toBe(stemDutch('digitalisering'));
  });

  it('finds the thesaurus entry of a Dutch word through its stem (digitaliseren → digitaal, begeleiden → coach)', () => {
    expect(synonymsOf('digitaliseren')).toEqual(expect.arrayContaining(['digitaal', 'digitalisering', 'ict']));
    expect(synonymsOf('begeleiden')).toEqual(expect.arrayContaining(['begeleiding', 'coach']));
    expect(synonymsOf('bakkerij')).toEqual([]);
  });

  it('gives the forms the stemmer does not join (organiseren/organisatie, lerende/leren, werving/werven, veiligheid/veilig)', () => {
    expect(derivedForms('organiseren')).toEqual(expect.arrayContaining(['organisatie', 'organisering']));
    expect(derivedForms('organisatie')).toContain('organiseren');
    expect(derivedForms('lerende')).toContain('leren');
    expect(derivedForms('werving')).toContain('werven');
    expect(derivedForms('veiligheid')).toContain('veilig');
    expect(derivedForms('digitaliseren')).toContain('digitaal');
    expect(derivedForms('bouw')).toEqual([]);
    expect(derivedForms('2026')).toEqual([]);
  });

  it('makes derived forms alternatives of the query word, and joins a split compound with them (verzuim verlagen → verzuimverlaging)', () => {
    const [verzuim, verlagen] = termGroups(queryTerms('verzuim verlagen '));
    expect(verzuim.alternatives).toContain('verzuimverlaging');
    expect(verlagen.alternatives).toEqual(expect.arrayContaining(['verlaging', 'verzuimverlaging']));
    expect(termGroups(queryTerms('lerende '))[0].alternatives).toContain('leren');
  });

  it('writes the analysed terms a document receives: compound parts and derived forms, not the words it has', () => {
    const terms = analysedTerms(['Begeleiding bij werving', 'De organisatie'], ['scholing']).split(' ');
    expect(terms).toEqual(expect.arrayContaining(['scholing', 'begeleiden', 'werven', 'organiseren']));
    expect(terms).not.toContain('begeleiding');
    expect(terms).not.toContain('de');
  });
});
