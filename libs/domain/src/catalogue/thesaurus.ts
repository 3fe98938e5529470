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
    nl: ['scholing', 'opleiding', 'training', 'cursus', 'leergang', 'workshop', 'bijscholing', 'omscholing', 'vakopleiding', 'bbl'],
    en: ['course', 'training', 'education', 'schooling', 'apprenticeship', 'upskilling', 'reskilling'],
  },
  {
    nl: ['subsidie', 'regeling', 'tegemoetkoming', 'bijdrage', 'financiering', 'vergoeding', 'voucher', 'budget', 'fonds'],
    en: ['subsidy', 'grant', 'funding', 'allowance', 'reimbursement', 'scheme'],
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
  { nl: ['bouw', 'infra', 'bouwsector', 'bouwplaats'], en: ['construction'] },
  { nl: ['metaal', 'metaalsector', 'metalektro', 'techniek', 'metaalbedrijven'], en: ['metal', 'metalworking', 'engineering'] },
  // English words of the domain without a group above.
  { nl: ['team', 'ploeg'], en: ['team', 'crew'] },
  { nl: ['veiligheid', 'veilig'], en: ['safety', 'safe'] },
  { nl: ['inwerken', 'onboarding'], en: ['onboarding', 'induction'] },
  { nl: ['stage', 'stagiair', 'stagiairs', 'leerwerkplek', 'praktijkleerplaats'], en: ['internship', 'intern', 'apprentice', 'trainee'] },
  { nl: ['zorg', 'zorgorganisaties', 'ouderenzorg', 'thuiszorg'], en: ['care', 'healthcare'] },
  { nl: ['horeca', 'restaurant', 'gastvrijheid'], en: ['hospitality', 'restaurant'] },
  { nl: ['logistiek', 'transport', 'magazijn'], en: ['logistics', 'warehouse', 'transport'] },
  { nl: ['lassen', 'lasser', 'las'], en: ['welding', 'welder'] },
  { nl: ['werven', 'werving'], en: ['recruitment', 'recruiting', 'hiring'] },
  { nl: ['behouden', 'binden'], en: ['retention', 'retaining'] },
  { nl: ['kosten', 'geld', 'betalen', 'opleidingskosten', 'cursuskosten'], en: ['money', 'cost', 'costs', 'pay'] },
  { nl: ['gratis', 'kosteloos'], en: ['free'] },
  { nl: ['innovatie', 'vernieuwing', 'innovatieproject'], en: ['innovation'] },
  { nl: ['engels', 'engelstalig'], en: ['english'] },
  { nl: ['gezond', 'vitaliteit', 'inzetbaarheid', 'verzuim'], en: ['health', 'wellbeing', 'absenteeism'] },
  { nl: ['werkplezier', 'motivatie', 'afwisseling'], en: ['motivation', 'engagement'] },
  { nl: ['leven', 'levenlang'], en: ['lifelong'] },
  { nl: ['programma', 'traject', 'leertraject', 'teamtraject'], en: ['programme', 'program'] },
];

/** Plain words that name one of the six aspects, in either language. A query word that is one of
 * them also matches items tagged with that aspect: through the aspect's `target`, a word of the
 * aspect's own name, which every such item carries in its search text (lower weight than title
 * and summary, so literal matches rank first). */
export const ASPECT_WORDS: Readonly<Record<AspectKey, { target: string; nl: readonly string[]; en: readonly string[] }>> = {
  work_content: { target: 'inhoud', nl: ['inhoud', 'werkinhoud', 'taken', 'uitdaging', 'uitdagend', 'werkplezier', 'afwisseling'], en: ['job', 'tasks', 'challenge', 'variety'] },
  room_and_safety: {
    target: 'veiligheid',
    nl: ['veiligheid', 'veilig', 'fouten', 'fout', 'psychologische', 'psychologisch', 'durven', 'vertrouwen', 'ruimte'],
    en: ['safety', 'mistakes', 'mistake', 'psychological', 'trust', 'room'],
  },
  collaboration: { target: 'teamontwikkeling', nl: ['samenwerken', 'samenwerking', 'team', 'teams', 'teamwork', 'collega'], en: ['collaboration', 'team', 'teamwork', 'colleagues'] },
  leadership: { target: 'leiderschap', nl: ['leiderschap', 'leidinggeven', 'leidinggevende', 'leiding'], en: ['leadership', 'leader', 'manager'] },
  learning_organisation: { target: 'ingericht', nl: ['lerende', 'leercultuur', 'opleidingsplan', 'leerplan'], en: ['learning'] },
  outside_connection: { target: 'buitenwereld', nl: ['buitenwereld', 'netwerk', 'kennisinstellingen', 'onderwijs', 'hogeschool', 'netwerken'], en: ['network', 'networking', 'outside', 'partners'] },
};
