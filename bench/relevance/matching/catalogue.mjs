// The catalogue of the matching judged set: realistic Dutch offers of the three kinds, nationwide
// and in seven labour-market regions, with traps (expired, not yet valid, closed or far-off
// windows, full coaches; other regions, sectors and sizes trap per case). All cases share one
// date, TODAY, so the windows below are set against it. build-cases.mjs turns this into cases.json.

export const TODAY = '2026-03-16';

const base = { sectors: [], sizeClasses: [], costEur: null, language: 'nl', validFrom: null, validUntil: null, verifiedOn: '2025-11-15', outcomes: null };
const S = (id, title, aspects, regions, windows, extra = {}) => ({
  ...base, id, kind: 'scheme', title, aspects, regions, scheme: { windows, fundingShare: 0.5, maxAmountEur: 20000 }, coach: null, ...extra,
});
const T = (id, title, aspects, regions, extra = {}) => ({ ...base, id, kind: 'training', title, aspects, regions, scheme: null, coach: null, ...extra });
const C = (id, title, aspects, regions, coachType, capacity, openReferrals, extra = {}) => ({
  ...base, id, kind: 'coach', title, aspects, regions, scheme: null,
  coach: { coachType, entrepreneurExperience: coachType === 'consularis', capacity, openReferrals, medianResponseHours: null, languages: ['nl'] }, ...extra,
});
const coachExtra = (item, extra) => ({ ...item, coach: { ...item.coach, ...extra } });
const W = (opens, closes) => ({ opens, closes });
const L = ['landelijk'];

export const CATALOGUE = [
  // Nationwide schemes
  S('N-S1', 'SLIM-regeling: subsidie voor leren en ontwikkelen in het mkb', ['learning_organisation', 'room_and_safety'], L, [W('2026-03-02', '2026-03-31'), W('2026-09-01', '2026-09-30')]),
  S('N-S2', 'Subsidieregeling praktijkleren', ['outside_connection', 'learning_organisation'], L, [W('2026-01-02', '2026-09-16')]),
  S('N-S3', 'MKB!dee: regeling voor investeren in menselijk kapitaal', ['learning_organisation'], L, [W('2025-05-01', '2025-06-30')], { trap: 'closed' }),
  S('N-S4', 'Ontwikkeladvies voor werkenden', ['room_and_safety', 'work_content'], L, []),
  S('N-S5', 'Opleidingsfonds Bouw & Infra: opleidingsbudget', ['room_and_safety', 'learning_organisation'], L, [W('2026-01-01', '2026-12-31')], { sectors: ['F'] }),
  S('N-S6', 'A+O fonds Metalektro: subsidie leercultuur', ['learning_organisation', 'leadership'], L, [W('2026-04-01', '2026-05-31')], { sectors: ['C'] }),
  S('N-S7', 'Horeca: loopbaanbudget voor medewerkers', ['room_and_safety'], L, [W('2026-01-01', '2026-12-31')], { sectors: ['I'] }),
  S('N-S8', 'Transport en logistiek: opleidingssubsidie', ['room_and_safety', 'learning_organisation'], L, [W('2026-01-01', '2026-11-30')], { sectors: ['H'] }),
  S('N-S9', 'Zorg: stimuleringsregeling leren in de zorg', ['learning_organisation', 'leadership'], L, [W('2026-06-01', '2026-07-15')], { sectors: ['Q'] }),
  S('N-S10', 'Subsidie duurzame inzetbaarheid (DI-regeling)', ['room_and_safety', 'work_content'], L, [W('2026-10-01', '2026-11-30')], { trap: 'later-window' }),
  S('N-S11', 'NL leert door: scholing voor werkenden', ['room_and_safety'], L, [W('2025-01-01', '2026-12-31')], { validUntil: '2025-12-31', trap: 'expired' }),
  S('N-S12', 'Pilot leerrekening mkb', ['learning_organisation'], L, [], { validFrom: '2026-07-01', trap: 'not-yet-valid' }),

  // Nationwide training
  T('N-T1', 'MOOC Leven Lang Ontwikkelen', ['learning_organisation', 'room_and_safety'], L, { costEur: 0, verifiedOn: '2026-02-10' }),
  T('N-T2', 'E-learning leercultuur voor de metaalsector', ['learning_organisation', 'work_content'], L, { costEur: 0, sectors: ['C'] }),
  T('N-T3', 'Digitale timmerfabrieken: digitaal vakmanschap', ['work_content', 'outside_connection'], L, { costEur: 350, sectors: ['F', 'C'] }),
  T('N-T4', 'Leidinggeven aan ontwikkeling: online leergang voor mkb-eigenaren', ['leadership', 'room_and_safety'], L, { costEur: 795, outcomes: { count: 14, meanRating: 4.3 } }),
  T('N-T5', 'Feedback geven en vragen: training voor teams', ['collaboration', 'room_and_safety'], L, { costEur: 450 }),
  T('N-T6', 'Opleidingsplan maken in één dag', ['learning_organisation'], L, { costEur: 295 }),
  T('N-T7', 'Teamcoaching online: samen beter werken', ['collaboration'], L, { costEur: 600 }),
  T('N-T8', 'Leading learning in SMEs (English)', ['leadership'], L, { costEur: 900, language: 'en' }),
  T('N-T9', 'Werkplekleren met leermeesters', ['learning_organisation', 'work_content'], L, { costEur: 500 }),
  T('N-T10', 'Psychologische veiligheid op de werkvloer', ['room_and_safety', 'collaboration'], L, { costEur: 400 }),
  T('N-T11', 'Praktijkopleider in het mkb', ['outside_connection', 'learning_organisation'], L, { costEur: 0 }),
  T('N-T12', 'Netwerkdag: leren van andere ondernemers', ['outside_connection'], L, { costEur: 0, validUntil: '2026-02-28', trap: 'expired' }),
  T('N-T13', 'Leiderschap in de zorg', ['leadership'], L, { costEur: 650, sectors: ['Q'] }),
  T('N-T14', 'Gastvrij leidinggeven in de horeca', ['leadership', 'collaboration'], L, { costEur: 300, sectors: ['I'] }),
  T('N-T15', 'Coachend leidinggeven voor middenmanagers', ['leadership'], L, { costEur: 1200, sizeClasses: ['medium'] }),
  T('N-T16', 'Talentgesprekken voeren', ['leadership', 'room_and_safety'], L, { costEur: 250, verifiedOn: '2024-06-01' }),
  T('N-T17', 'Leren op de werkvloer: korte workshops voor kleine teams', ['work_content', 'collaboration'], L, { costEur: 0, sizeClasses: ['micro', 'small'] }),

  // Nationwide coaches
  coachExtra(C('N-C1', 'Online HR-adviseur voor het mkb', ['learning_organisation', 'leadership'], L, 'hr-adviseur', 20, 5), { medianResponseHours: 60, languages: ['nl', 'en'] }),
  C('N-C2', 'Consularissen landelijk: het ondernemersgesprek', ['leadership', 'learning_organisation'], L, 'consularis', 10, 10, { trap: 'full' }),
  C('N-C3', 'Loopbaanadviseur Ontwikkeladvies', ['room_and_safety', 'work_content'], L, 'hr-adviseur', 15, 3),
  C('N-C4', 'Teamcoach samenwerken (landelijk)', ['collaboration'], L, 'hr-adviseur', 8, 2),

  // Twente
  S('TW-S1', 'Samen SLIM van start Twente', ['learning_organisation', 'collaboration'], ['twente'], [W('2026-02-01', '2026-04-15')], { sizeClasses: ['micro', 'small'] }),
  S('TW-S2', 'Leerwerkloket Twente: scholingsvoucher', ['room_and_safety', 'work_content'], ['twente'], []),
  T('TW-T1', 'Leiderschapstafel Twentse ondernemers', ['leadership', 'outside_connection'], ['twente'], { costEur: 0, verifiedOn: '2026-01-20' }),
  T('TW-T2', 'Teamdag samenwerken (Saxion)', ['collaboration'], ['twente'], { costEur: 350 }),
  T('TW-T3', 'Metaalunie Twente: workshop leercultuur', ['learning_organisation', 'leadership'], ['twente'], { costEur: 0, sectors: ['C'] }),
  coachExtra(C('TW-C1', 'Consularis Jan Oude Veldhuis (Twente)', ['leadership', 'learning_organisation'], ['twente'], 'consularis', 3, 1), { medianResponseHours: 18 }),
  C('TW-C2', 'Consularis Marijke Brinkman (Twente)', ['leadership', 'collaboration'], ['twente'], 'consularis', 3, 0),
  C('TW-C3', 'Arbeidsmarktcoach Twente Werkt', ['outside_connection', 'learning_organisation'], ['twente'], 'arbeidsmarktcoach', 6, 6, { trap: 'full' }),
  C('TW-C4', 'Leerambassadeur Techniek Twente', ['learning_organisation', 'work_content'], ['twente'], 'leerambassadeur', 5, 2, { sectors: ['C', 'F'] }),
  C('TW-C5', 'Leerambassadeur Zorg Twente', ['collaboration', 'learning_organisation'], ['twente'], 'leerambassadeur', 4, 1, { sectors: ['Q'] }),

  // Achterhoek
  S('AH-S1', 'Achterhoekse ontwikkelvoucher', ['room_and_safety', 'learning_organisation'], ['achterhoek'], [W('2026-01-15', '2026-12-15')]),
  S('AH-S2', 'Regionale mkb-deal Achterhoek: leren in de bouw', ['learning_organisation'], ['achterhoek'], [W('2026-05-01', '2026-06-30')], { sectors: ['F'] }),
  T('AH-T1', 'Leidinggeven in het familiebedrijf (Achterhoek)', ['leadership'], ['achterhoek'], { costEur: 250, sizeClasses: ['micro', 'small'] }),
  T('AH-T2', 'Achterhoek Academie: samenwerken in de keten', ['collaboration', 'outside_connection'], ['achterhoek'], { costEur: 150 }),
  T('AH-T3', 'Bouwmaat Achterhoek: leermeesterschap', ['learning_organisation', 'work_content'], ['achterhoek'], { costEur: 0, sectors: ['F'] }),
  C('AH-C1', 'Consularis Gerrit Wolbrink (Achterhoek)', ['leadership', 'outside_connection'], ['achterhoek'], 'consularis', 4, 2),
  C('AH-C2', 'Arbeidsmarktcoach Achterhoek Werkt', ['learning_organisation', 'room_and_safety'], ['achterhoek'], 'arbeidsmarktcoach', 5, 1),
  C('AH-C3', 'Leerambassadeur Zorg Achterhoek', ['collaboration', 'learning_organisation'], ['achterhoek'], 'leerambassadeur', 4, 0, { sectors: ['Q'] }),

  // Rijnmond
  S('RM-S1', 'Leerwerkakkoord Rijnmond: ontwikkelbudget', ['learning_organisation', 'room_and_safety'], ['rijnmond'], [W('2026-03-01', '2026-03-27')]),
  S('RM-S2', 'Haven en logistiek: scholingsfonds', ['work_content', 'room_and_safety'], ['rijnmond'], [W('2026-01-01', '2026-12-31')], { sectors: ['H'] }),
  T('RM-T1', 'Rotterdamse leiderschapsschool mkb', ['leadership'], ['rijnmond'], { costEur: 1500, sizeClasses: ['small', 'medium'] }),
  T('RM-T2', 'Werken aan teamkracht (Rotterdam)', ['collaboration', 'leadership'], ['rijnmond'], { costEur: 400 }),
  T('RM-T3', 'Techniekpact Rijnmond: stages en gastlessen', ['outside_connection'], ['rijnmond'], { costEur: 0 }),
  C('RM-C1', 'Consularis Ahmed El Amrani (Rijnmond)', ['leadership', 'learning_organisation'], ['rijnmond'], 'consularis', 3, 3, { trap: 'full' }),
  C('RM-C2', 'Consularis Ria de Groot (Rijnmond)', ['leadership', 'collaboration'], ['rijnmond'], 'consularis', 4, 1, { outcomes: { count: 8, meanRating: 4.6 } }),
  C('RM-C3', 'Arbeidsmarktcoach Werkgeversservicepunt Rijnmond', ['outside_connection', 'learning_organisation'], ['rijnmond'], 'arbeidsmarktcoach', 8, 3),
  C('RM-C4', 'HR-adviseur haven-mkb', ['learning_organisation', 'room_and_safety'], ['rijnmond'], 'hr-adviseur', 6, 2, { sectors: ['H'] }),

  // Groot-Amsterdam
  S('AM-S1', 'Amsterdams leerbudget mkb', ['room_and_safety', 'learning_organisation'], ['groot-amsterdam'], [W('2026-02-01', '2026-06-30')]),
  S('AM-S2', 'Horeca Amsterdam: ontwikkelfonds', ['room_and_safety', 'collaboration'], ['groot-amsterdam'], [W('2025-09-01', '2025-12-31')], { sectors: ['I'], trap: 'closed' }),
  T('AM-T1', 'Leadership for international SMEs (Amsterdam)', ['leadership'], ['groot-amsterdam'], { costEur: 950, language: 'en' }),
  T('AM-T2', 'Samenwerken in diverse teams', ['collaboration', 'room_and_safety'], ['groot-amsterdam'], { costEur: 300 }),
  T('AM-T3', 'Horeca Academie: leidinggeven op de vloer', ['leadership', 'collaboration'], ['groot-amsterdam'], { costEur: 200, sectors: ['I'] }),
  coachExtra(C('AM-C1', 'Consularis Peter Smit (Amsterdam)', ['leadership', 'outside_connection'], ['groot-amsterdam'], 'consularis', 3, 0), { languages: ['nl', 'en'] }),
  C('AM-C2', 'Leerambassadeur Horeca Amsterdam', ['room_and_safety', 'learning_organisation'], ['groot-amsterdam'], 'leerambassadeur', 5, 1, { sectors: ['I'] }),
  coachExtra(C('AM-C3', 'Arbeidsmarktcoach Amsterdam Werkt', ['outside_connection', 'collaboration'], ['groot-amsterdam'], 'arbeidsmarktcoach', 6, 2), { languages: ['nl', 'en'] }),
  T('AM-T4', 'Team collaboration workshop (English)', ['collaboration'], ['groot-amsterdam'], { costEur: 350, language: 'en' }),

  // Midden-Brabant
  S('MB-S1', 'Midpoint Brabant: scholingsimpuls mkb', ['learning_organisation', 'work_content'], ['midden-brabant'], [W('2026-04-20', '2026-07-31')]),
  S('MB-S2', 'Tilburgse ontwikkelregeling zorg', ['room_and_safety'], ['midden-brabant'], [W('2026-01-01', '2026-12-31')], { sectors: ['Q'] }),
  T('MB-T1', 'Logistiek leidinggeven (Tilburg)', ['leadership'], ['midden-brabant'], { costEur: 450, sectors: ['H'] }),
  T('MB-T2', 'Ontwikkelgesprekken die werken', ['leadership', 'room_and_safety'], ['midden-brabant'], { costEur: 200 }),
  T('MB-T3', 'Brabantse teamcoaching', ['collaboration'], ['midden-brabant'], { costEur: 500, validFrom: '2026-04-01', trap: 'not-yet-valid' }),
  C('MB-C1', 'Consularis Henk van Dongen (Midden-Brabant)', ['leadership', 'learning_organisation'], ['midden-brabant'], 'consularis', 3, 1),
  C('MB-C2', 'Arbeidsmarktcoach Midden-Brabant', ['outside_connection', 'room_and_safety'], ['midden-brabant'], 'arbeidsmarktcoach', 5, 0),
  C('MB-C3', 'HR-adviseur zorg Brabant', ['learning_organisation', 'leadership'], ['midden-brabant'], 'hr-adviseur', 6, 1, { sectors: ['Q'] }),

  // Zuid-Limburg
  S('ZL-S1', 'Limburgse ontwikkelsubsidie', ['learning_organisation', 'room_and_safety'], ['zuid-limburg'], [W('2026-03-01', '2026-10-31')]),
  S('ZL-S2', 'Euregio: grensoverschrijdend leren', ['outside_connection'], ['zuid-limburg'], [W('2026-11-01', '2026-12-15')], { trap: 'later-window' }),
  T('ZL-T1', 'Leiderschap in de maakindustrie (Brightlands)', ['leadership', 'work_content'], ['zuid-limburg'], { costEur: 600, sectors: ['C'] }),
  T('ZL-T2', 'Teamontwikkeling in kleine bedrijven', ['collaboration'], ['zuid-limburg'], { costEur: 250, sizeClasses: ['micro', 'small'] }),
  T('ZL-T3', 'Leren met de buurman: netwerk Zuid-Limburg', ['outside_connection', 'learning_organisation'], ['zuid-limburg'], { costEur: 0 }),
  C('ZL-C1', 'Consularis Maria Janssen (Zuid-Limburg)', ['leadership', 'collaboration'], ['zuid-limburg'], 'consularis', 3, 1),
  C('ZL-C2', 'Leerambassadeur Techniek Limburg', ['learning_organisation', 'work_content'], ['zuid-limburg'], 'leerambassadeur', 4, 1, { sectors: ['C'] }),
  C('ZL-C3', 'Arbeidsmarktcoach Zuid-Limburg', ['outside_connection', 'room_and_safety'], ['zuid-limburg'], 'arbeidsmarktcoach', 5, 5, { trap: 'full' }),

  // Groningen
  S('GR-S1', 'Groningse ontwikkelregeling mkb', ['learning_organisation', 'leadership'], ['groningen'], [W('2026-01-10', '2026-05-31')]),
  S('GR-S2', 'Agri-leren Groningen', ['work_content', 'outside_connection'], ['groningen'], [W('2026-01-01', '2026-12-31')], { sectors: ['A'] }),
  T('GR-T1', 'Leidinggeven met aandacht (Groningen)', ['leadership', 'room_and_safety'], ['groningen'], { costEur: 300 }),
  T('GR-T2', 'Samenwerken op het boerenbedrijf', ['collaboration'], ['groningen'], { costEur: 0, sectors: ['A'] }),
  T('GR-T3', 'Groningen leert: open leerdag', ['outside_connection', 'learning_organisation'], ['groningen'], { costEur: 0, verifiedOn: '2024-09-01' }),
  C('GR-C1', 'Consularis Klaas Dijkstra (Groningen)', ['leadership', 'learning_organisation'], ['groningen'], 'consularis', 3, 2),
  coachExtra(C('GR-C2', 'Arbeidsmarktcoach Werkpunt Groningen', ['outside_connection', 'room_and_safety'], ['groningen'], 'arbeidsmarktcoach', 6, 1), { medianResponseHours: 30 }),
  C('GR-C3', 'Leerambassadeur Agri Groningen', ['learning_organisation', 'work_content'], ['groningen'], 'leerambassadeur', 4, 0, { sectors: ['A'] }),
];
