import { type AspectKey } from '../aspects';

/** The field's words, maintained by hand: one entry is one meaning, with the Dutch words people
 * use for it and the English words for the same. A query word that is one of them (or a plural
 * or other inflection: Dutch by the `inflects` rule of search-terms.ts, English by the Snowball
 * English stemmer) also finds items that use another word of the entry. Single words only. */
export interface ThesaurusEntry {
  nl: readonly string[];
  en?: readonly string[];
}

export const THESAURUS: readonly ThesaurusEntry[] = [
  { nl: ['leidinggeven', 'leiderschap', 'leidinggevende', 'management', 'managen'], en: ['leadership', 'leader', 'manager', 'managing', 'supervisor'] },
  {
    nl: ['scholing', 'opleiding', 'training', 'cursus', 'leergang', 'workshop', 'bijscholing', 'omscholing', 'vakopleiding', 'bbl', 'lessen', 'elearning'],
    en: ['course', 'training', 'education', 'schooling', 'apprenticeship', 'upskilling', 'reskilling', 'lessons'],
  },
  // Money, for an owner, is what a scheme pays: "geld voor een cursus" looks for funding.
  {
    nl: ['subsidie', 'regeling', 'tegemoetkoming', 'bijdrage', 'financiering', 'vergoeding', 'budget', 'voucher', 'fonds', 'geld'],
    en: ['subsidy', 'grant', 'funding', 'reimbursement', 'scheme', 'budget', 'voucher', 'fund'],
  },
  {
    nl: ['coach', 'begeleider', 'adviseur', 'consulent', 'mentor', 'coaching', 'begeleiding', 'arbeidsmarktcoach', 'loopbaancoach', 'teamcoach', 'consularis'],
    en: ['coach', 'adviser', 'advisor', 'mentor', 'mentoring', 'counsellor', 'guidance'],
  },
  { nl: ['leercultuur', 'leerklimaat', 'leeromgeving'], en: ['culture'] },
  { nl: ['medewerker', 'werknemer', 'personeel', 'werkenden'], en: ['employee', 'staff', 'worker', 'workforce', 'personnel'] },
  { nl: ['digitaal', 'digitalisering', 'ict', 'online'], en: ['digital', 'digitalisation', 'digitization', 'online', 'elearning'] },
  { nl: ['samenwerken', 'samenwerking', 'teamwork', 'teamontwikkeling'], en: ['collaboration', 'cooperation', 'teamwork'] },
  { nl: ['ondernemer', 'werkgever', 'eigenaar', 'mkb'], en: ['entrepreneur', 'employer', 'owner', 'sme'] },
  { nl: ['loopbaan', 'carriere', 'ontwikkelgesprek', 'loopbaanadvies', 'loopbaanscan', 'ontwikkeladvies'], en: ['career'] },
  { nl: ['vakmanschap', 'vakkennis', 'vaardigheden', 'skills'], en: ['craftsmanship', 'skills'] },
  { nl: ['bouw', 'infra', 'bouwsector'], en: ['construction'] },
  { nl: ['metaal', 'metaalsector', 'metalektro', 'techniek'], en: ['metal', 'metalworking', 'engineering'] },
  // English words of the domain without a group above.
  { nl: ['team'], en: ['team', 'crew'] },
  { nl: ['veiligheid', 'veilig'], en: ['safety', 'safe'] },
  { nl: ['inwerken', 'onboarding'], en: ['onboarding', 'induction'] },
  { nl: ['stage', 'stagiair', 'leerwerkplek', 'leerwerkplaats', 'leerplaats', 'leerbaan', 'praktijkleren'], en: ['internship', 'apprentice', 'trainee', 'placement'] },
  { nl: ['zorg'], en: ['care', 'healthcare'] },
  { nl: ['horeca', 'gastvrijheid'], en: ['hospitality', 'restaurant'] },
  { nl: ['logistiek'], en: ['logistics', 'warehouse'] },
  { nl: ['lassen', 'lasser', 'las'], en: ['welding', 'welder'] },
  { nl: ['werven', 'werving'], en: ['recruitment', 'recruiting', 'hiring'] },
  { nl: ['behouden', 'binden'], en: ['retention', 'retaining'] },
  { nl: ['geld', 'kosten', 'opleidingskosten', 'cursuskosten'], en: ['money', 'cost', 'costs'] },
  { nl: ['gratis', 'kosteloos'], en: ['free'] },
  { nl: ['innovatie'], en: ['innovation'] },
  { nl: ['engels', 'engelstalig'], en: ['english'] },
  { nl: ['verzuim', 'gezond'], en: ['health', 'wellbeing', 'absenteeism'] },
  { nl: ['werkplezier', 'motivatie'], en: ['motivation', 'engagement'] },
  { nl: ['programma'], en: ['programme', 'program'] },
];

/** Plain words that name one of the six aspects, in either language (not the field's own terms,
 * which the catalogue uses often: expanding those to a whole aspect made broad searches of half the
 * catalogue, and a search twice as costly). A query word that is one of them also matches items
 * tagged with that aspect: through the aspect's `target`, a word of the
 * aspect's own name, which every such item carries in its search text (lower weight than title
 * and summary, so literal matches rank first). */
export const ASPECT_WORDS: Readonly<Record<AspectKey, { target: string; nl: readonly string[]; en: readonly string[] }>> = {
  work_content: { target: 'inhoud', nl: ['werkinhoud', 'taken', 'uitdaging', 'uitdagend', 'afwisselend'], en: ['job', 'tasks', 'challenge', 'variety'] },
  room_and_safety: {
    target: 'veiligheid',
    nl: ['fouten', 'fout', 'psychologische', 'psychologisch', 'durven', 'vertrouwen'],
    en: ['safety', 'mistakes', 'mistake', 'psychological', 'trust'],
  },
  collaboration: { target: 'teamontwikkeling', nl: ['collega', 'collegas', 'teamgeest'], en: ['collaboration', 'teamwork', 'colleagues'] },
  leadership: { target: 'leiderschap', nl: ['baas', 'chef', 'aansturen'], en: ['leadership', 'leader', 'manager'] },
  learning_organisation: { target: 'ingericht', nl: ['lerende'], en: ['learning'] },
  outside_connection: { target: 'buitenwereld', nl: ['buitenwereld', 'kennisinstellingen', 'hogeschool'], en: ['network', 'networking', 'outside', 'partners'] },
};

/** Derivations the Snowball Dutch stemmer does not join (it joins begeleiden/begeleiding and
 * verlagen/verlaging itself): pairs of word endings, applied both ways to a query word of 6+
 * letters whose stem is 3+ letters, so "organiseren" also finds "organisatie", "lerende" finds
 * "leren", "werving" finds "werven" and "veiligheid" finds "veilig" (an empty ending is only
 * taken off, never added). A derived form that no
 * item uses matches nothing, so a rule that makes a non-word costs nothing. Longest ending first. */
export const DERIVATIONS: readonly (readonly [string, string])[] = [
  ['aliseren', 'aal'], ['alisering', 'aal'],
  ['iseren', 'isatie'], ['iseren', 'isering'], ['eren', 'atie'],
  ['iteit', 'ief'],
  ['ende', 'en'], ['ing', 'en'], ['en', 'er'],
  ['heid', ''],
];
