import { type ItemInput } from '@groeiwijzer/contracts';
import { checkItem } from '@groeiwijzer/domain';
import { type EntityManager } from 'typeorm';
import { type ItemsRepository } from '../catalogue/items.repository';
import { approveDemoCoach } from './demo.queries';

const year = new Date().getFullYear();
const next = year + 1;
/** A day relative to the moment the demo is loaded (YYYY-MM-DD): windows that are open now, or
 * open soon, whatever the date the platform first starts. */
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

type Demo = Omit<ItemInput, 'sectors' | 'sizeClasses' | 'description'> & Partial<Pick<ItemInput, 'sectors' | 'sizeClasses' | 'description'>>;

/** The kind of offers named in the field, per publisher (by the publisher's index in demo-data). */
export const DEMO_ITEMS: { publisher: number; item: Demo }[] = [
  { publisher: 0, item: {
    kind: 'scheme', externalId: 'slim', title: 'SLIM-regeling: subsidie voor leren en ontwikkelen in het mkb',
    summary: 'Subsidie voor een leeradvies, een loopbaanscan of het invoeren van een leercultuur in je bedrijf.',
    description: 'Met de **SLIM-regeling** betaalt de overheid mee aan leren en ontwikkelen in het mkb.\n\n- leeradvies of loopbaanscan voor je mensen\n- een plan om leren een vast onderdeel van het werk te maken\n- praktijkleren en BPV-plekken\n\nMeer informatie op [rvo.nl](https://www.rvo.nl/subsidies-financiering/slim).',
    aspects: ['learning_organisation', 'leadership'], regions: ['landelijk'], provider: 'Rijksdienst voor Ondernemend Nederland (RVO)',
    url: 'https://www.rvo.nl/subsidies-financiering/slim', costEur: 0,
    scheme: { fundingShare: 0.6, maxAmountEur: 24999, eligibility: 'Mkb-ondernemingen met personeel in Nederland; één aanvraag per aanvraagtijdvak.',
      windows: [{ opens: day(-20), closes: day(12) }, { opens: day(160), closes: day(190) }] },
  } },
  { publisher: 0, item: {
    kind: 'scheme', externalId: 'samen-slim', title: 'Samen SLIM van start',
    summary: 'Regionale hulp om samen met andere bedrijven een SLIM-aanvraag voor te bereiden en uit te voeren.',
    description: 'De sectortafel zoekt bedrijven die **samen** een leertraject willen opzetten. Wij helpen met de aanvraag en de planning.',
    aspects: ['outside_connection', 'learning_organisation'], regions: ['twente', 'achterhoek'], sectors: ['F'], provider: 'Sectortafel Bouw & Infra',
    contactEmail: 'slim@sectortafel-bouw.example.nl', costEur: 0,
    scheme: { fundingShare: 0.8, eligibility: 'Bouw- en infrabedrijven in Twente en de Achterhoek met 2 tot 249 medewerkers.',
      windows: [{ opens: day(-60), closes: day(75) }], startBy: day(120), completeBy: day(400) },
  } },
  { publisher: 0, item: {
    kind: 'training', externalId: 'digitale-timmerfabriek', title: 'Digitale timmerfabrieken: leren werken met nieuwe machines',
    summary: 'Praktijktraining voor timmerfabrieken die overstappen op digitale productie en robots.',
    description: 'Je team leert in de eigen werkplaats werken met CNC en digitale tekeningen. Vakmanschap blijft de basis.',
    aspects: ['work_content', 'collaboration'], regions: ['twente', 'achterhoek'], sectors: ['C', 'F'], sizeClasses: ['small', 'medium'],
    provider: 'Sectortafel Bouw & Infra', url: 'https://www.example.nl/digitale-timmerfabriek', costEur: 950, format: 'op-locatie', language: 'nl',
    training: { durationHours: 24, startDates: [`${next}-02-02`, `${next}-09-07`] },
  } },
  { publisher: 0, item: {
    kind: 'training', externalId: 'veilig-leren-bouw', title: 'Fouten maken mag: veilig leren op de bouwplaats',
    summary: 'Korte workshop voor uitvoerders over hoe je fouten bespreekbaar maakt en samen leert van incidenten.',
    aspects: ['room_and_safety', 'leadership'], regions: ['twente', 'achterhoek', 'midden-gelderland'], sectors: ['F'],
    provider: 'Sectortafel Bouw & Infra', contactEmail: 'veilig-leren@sectortafel-bouw.example.nl', costEur: 175, format: 'klassikaal', language: 'nl', training: { durationHours: 4 },
  } },
  { publisher: 1, item: {
    kind: 'training', externalId: 'mooc-llo', title: 'MOOC Leven Lang Ontwikkelen',
    summary: 'Gratis online cursus voor ondernemers en leidinggevenden: hoe maak je van je bedrijf een lerende organisatie?',
    description: 'In zes weken leer je hoe leren en werken samengaan. Met filmpjes, opdrachten en voorbeelden uit het mkb.',
    aspects: ['learning_organisation', 'leadership'], regions: ['landelijk'], provider: 'Open Universiteit', url: 'https://www.ou.nl',
    costEur: 0, format: 'online', language: 'nl', training: { durationHours: 18 },
  } },
  { publisher: 1, item: {
    kind: 'training', externalId: 'elearning-metaal', title: 'E-learning leercultuur voor de metaalsector',
    summary: 'Online module voor leidinggevenden in de metaal: hoe geef je medewerkers ruimte om te leren?',
    aspects: ['leadership', 'room_and_safety'], regions: ['landelijk'], sectors: ['C'], provider: 'Opleidingsfonds Metaal',
    url: 'https://www.example.nl/opleidingsfonds-metaal', costEur: 0, format: 'online', language: 'nl', training: { durationHours: 6 },
  } },
  { publisher: 1, item: {
    kind: 'training', externalId: 'raak-mkb', title: 'Leercultuur versterken in het mkb (RAAK MKB)',
    summary: 'Werksessies uit het RAAK MKB-project: met je team onderzoeken hoe jullie leren en wat beter kan.',
    description: 'Gebaseerd op praktijkgericht onderzoek van hogescholen met tientallen mkb-bedrijven. Je werkt met je eigen scan-uitkomsten.',
    aspects: ['learning_organisation', 'collaboration', 'outside_connection'], regions: ['twente', 'achterhoek', 'rijnmond'], provider: 'Saxion en Hogeschool Rotterdam',
    contactEmail: 'raak-mkb@example.nl', costEur: 250, format: 'blended', language: 'nl', training: { durationHours: 10, startDates: [`${next}-03-10`] },
  } },
  { publisher: 1, item: {
    kind: 'training', externalId: 'coachend-leidinggeven', title: 'Coachend leidinggeven voor teamleiders',
    summary: 'Training van vier dagdelen voor teamleiders die hun mensen willen laten groeien.',
    aspects: ['leadership'], regions: ['twente'], sizeClasses: ['small', 'medium'], provider: 'ROC van Twente', url: 'https://www.example.nl/roc-van-twente', costEur: 650,
    format: 'klassikaal', language: 'nl', training: { durationHours: 14, startDates: [`${next}-01-20`] },
  } },
  { publisher: 1, item: {
    kind: 'training', externalId: 'english-workplace', title: 'Workplace English for logistics teams',
    summary: 'Short course for warehouse and port staff who work with international colleagues.',
    aspects: ['outside_connection', 'collaboration'], regions: ['rijnmond'], sectors: ['H'], provider: 'Haven Opleidingen Rotterdam',
    contactEmail: 'cursus@havenopleidingen.example.nl', costEur: 390, format: 'blended', language: 'en', training: { durationHours: 16 },
  } },
  { publisher: 1, item: {
    kind: 'scheme', externalId: 'ontwikkeladvies', title: 'Gratis ontwikkeladvies voor werkenden',
    summary: 'Een loopbaanadviseur helpt je medewerkers kijken naar hun werk en toekomst. Voor de werknemer gratis.',
    aspects: ['work_content', 'room_and_safety'], regions: ['landelijk'], provider: 'Rijksoverheid', url: 'https://www.example.nl/ontwikkeladvies',
    costEur: 0, scheme: { fundingShare: 1, eligibility: 'Werkenden van 45 jaar en ouder met een baan in Nederland.', windows: [{ opens: `${year}-01-01`, closes: `${next}-12-31` }] },
  } },
  { publisher: 1, item: {
    kind: 'coach', externalId: 'coach-henk', title: 'Henk Oude Luttikhuis, consulent leren en ontwikkelen',
    summary: 'Oud-ondernemer in de bouw. Ik help je met een leerplan en met de SLIM-aanvraag.',
    description: 'Twintig jaar eigen bouwbedrijf. Ik weet hoe druk het is en houd het praktisch.',
    aspects: ['learning_organisation', 'leadership'], regions: ['twente', 'achterhoek'], provider: 'Leerwerkloket Twente',
    contactEmail: 'coach@demo.groeiwijzer.nl',
    coach: { coachType: 'consularis', entrepreneurExperience: true, capacity: 6, languages: ['nl'] },
  } },
  { publisher: 1, item: {
    kind: 'coach', externalId: 'coach-yasmina', title: 'Yasmina Bakkali, arbeidsmarktcoach',
    summary: 'Ik help mkb-bedrijven met werven, opleiden en behouden van personeel in Rijnmond.',
    aspects: ['work_content', 'outside_connection'], regions: ['rijnmond', 'haaglanden'], provider: 'Leerwerkloket Rijnmond',
    contactEmail: 'yasmina.bakkali@example.nl',
    coach: { coachType: 'arbeidsmarktcoach', entrepreneurExperience: false, capacity: 8, languages: ['nl', 'en', 'ar'] },
  } },
  { publisher: 1, item: {
    kind: 'coach', externalId: 'coach-leerambassadeur', title: 'Leerambassadeurs Achterhoek',
    summary: 'Collega-ondernemers die vertellen hoe zij leren in hun bedrijf hebben georganiseerd.',
    aspects: ['outside_connection', 'collaboration'], regions: ['achterhoek'], provider: 'Leerwerkloket Twente',
    contactEmail: 'leerambassadeurs@example.nl',
    coach: { coachType: 'leerambassadeur', entrepreneurExperience: true, capacity: 4 },
  } },
  { publisher: 1, item: {
    kind: 'training', externalId: 'veilig-in-je-team', title: 'Fouten mogen maken: psychologische veiligheid in je team',
    summary: 'Twee werksessies voor teams en hun leidinggevende: hoe maak je het veilig om iets nieuws te proberen?',
    description: 'Met oefeningen uit de praktijk van het mkb. Je gaat naar huis met drie afspraken voor je eigen team.',
    aspects: ['room_and_safety', 'collaboration'], regions: ['landelijk'], provider: 'Leerwerkloket Twente',
    contactEmail: 'teams@leerwerkloket-twente.example.nl', costEur: 0, format: 'online', language: 'nl', training: { durationHours: 5 },
  } },
  { publisher: 1, item: {
    kind: 'coach', externalId: 'coach-ingrid', title: 'Ingrid Scholten, coach voor ruimte om te leren',
    summary: 'Ik help teams in Twente om tijd en ruimte te maken voor leren, en om fouten samen te bespreken.',
    aspects: ['room_and_safety', 'collaboration'], regions: ['twente'], provider: 'Leerwerkloket Twente',
    contactEmail: 'ingrid.scholten@example.nl',
    coach: { coachType: 'hr-adviseur', entrepreneurExperience: false, capacity: 5, languages: ['nl'] },
  } },
  { publisher: 1, item: {
    kind: 'coach', externalId: 'coach-peter', title: 'Peter de Groot, consularis in de haven',
    summary: 'Dertig jaar havenbedrijf geleid. Ik help leidinggevenden om hun mensen te laten groeien.',
    aspects: ['leadership', 'room_and_safety'], regions: ['rijnmond'], provider: 'Leerwerkloket Rijnmond',
    contactEmail: 'peter.degroot@example.nl',
    coach: { coachType: 'consularis', entrepreneurExperience: true, capacity: 5, languages: ['nl', 'en'] },
  } },
];

/** Publishes the demo catalogue through the same rules and writes as the API. */
export async function loadDemoCatalogue(m: EntityManager, items: ItemsRepository, publisherIds: string[]): Promise<void> {
  for (const { publisher, item } of DEMO_ITEMS) {
    const { item: checked, problems } = checkItem({ sectors: [], sizeClasses: [], description: '', ...item });
    if (!checked) throw new Error(`demo item ${item.externalId} is invalid: ${JSON.stringify(problems)}`);
    await items.upsertMany(m, publisherIds[publisher], [checked], true);
    // Demo coaches are approved, so the catalogue shows them and the demo coach has a profile.
    if (checked.kind === 'coach') {
      await approveDemoCoach(m, publisherIds[publisher], checked.externalId!);
    }
  }
}
