import { type EntityManager } from 'typeorm';
import { referralDeadlines } from '../referrals/referral-deadlines';
import { insertPlanStep, insertReferral, itemIdByExternalId, latestClosedRound } from './demo.queries';

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY);
const dayFromNow = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

/**
 * The loop alive in the demo: the first demo company's action plan has a step in every column, and
 * the demo coach (coach@…, the contact of the "coach-henk" item) has a request in every state,
 * from the two demo companies in the coach's regions (Twente and the Achterhoek).
 */
export async function loadDemoMatching(m: EntityManager, ownerId: string, organisationIds: string[]): Promise<void> {
  const item = (externalId: string) => itemIdByExternalId(m, externalId);
  const round = (organisationId: string) => latestClosedRound(m, organisationId);

  // The plan of the metal company in Twente: one step per column, some from the catalogue.
  const [metal, building] = organisationIds;
  const metalRound = await round(metal);
  const steps = [
    { title: 'Met het team bespreken wat we uit de scan halen', aspect: 'learning_organisation', itemId: null, status: 'idea', due: null, checklist: [] },
    { title: 'SLIM-subsidie aanvragen voor een leeradvies', aspect: 'learning_organisation', itemId: await item('slim'), status: 'planned', due: dayFromNow(10),
      checklist: [{ text: 'Offerte leeradviseur opvragen', done: true }, { text: 'Aanvraag indienen bij RVO', done: false }] },
    { title: 'MOOC Leven Lang Ontwikkelen volgen met de teamleiders', aspect: 'learning_organisation', itemId: await item('mooc-llo'), status: 'doing', due: dayFromNow(30), checklist: [] },
    { title: 'Werksessie "fouten mogen maken" met de werkplaats', aspect: 'room_and_safety', itemId: await item('veilig-in-je-team'), status: 'done', due: null,
      checklist: [{ text: 'Datum prikken', done: true }, { text: 'Sessie gehouden', done: true }] },
  ];
  for (const [position, s] of steps.entries()) {
    await insertPlanStep(m, [
      metal, s.title, s.aspect, s.itemId, s.due, s.status, position % 2 ? 'Anne Kuipers' : null, JSON.stringify(s.checklist),
        s.status === 'done' ? 'Goede sessie; volgend kwartaal herhalen.' : null, metalRound.id, metalRound.aspects[s.aspect] ?? null, ownerId,
        ago(3 - position * 0.5), s.status === 'done' ? ago(1) : null
    ]);
  }

  // The demo coach's requests, one in every state.
  const coach = await item('coach-henk');
  const buildingRound = await round(building);
  const referrals: {
    org: string; round: string; status: string; share: string; aspect: string; message: string; days: number;
    accepted?: number; declined?: string; completed?: number; withdrawn?: boolean; rating?: number;
  }[] = [
    { org: building, round: buildingRound.id, status: 'requested', share: 'summary', aspect: 'outside_connection', days: 1,
      message: 'Wij willen meer samenwerken met scholen en andere bedrijven in de Achterhoek. Kunt u ons helpen om te beginnen?' },
    { org: metal, round: metalRound.id, status: 'accepted', share: 'summary', aspect: 'learning_organisation', days: 6, accepted: 4,
      message: 'Onze scan laat zien dat leren nog geen vaste plek heeft. Wilt u meedenken over een leerplan?' },
    { org: metal, round: metalRound.id, status: 'completed', share: 'report', aspect: 'learning_organisation', days: 90, accepted: 88, completed: 30, rating: 5,
      message: 'Hulp bij de SLIM-aanvraag gezocht.' },
    { org: building, round: buildingRound.id, status: 'declined', share: 'none', aspect: 'learning_organisation', days: 40, declined: 'no_capacity',
      message: 'Kunt u een keer langskomen voor een keukentafelgesprek?' },
    { org: metal, round: metalRound.id, status: 'lapsed', share: 'summary', aspect: 'leadership', days: 30, withdrawn: true,
      message: 'Onze teamleiders willen beter leren coachen. Wie kan helpen?' },
    { org: building, round: buildingRound.id, status: 'cancelled', share: 'none', aspect: 'outside_connection', days: 20,
      message: 'Vraag over leerambassadeurs (al opgelost).' },
  ];
  for (const r of referrals) {
    const requestedAt = ago(r.days);
    const { remindAt, answerBy } = referralDeadlines(requestedAt);
    const at = (days: number | undefined) => (days === undefined ? null : ago(days));
    await insertReferral(m, [
      r.org, coach, ownerId, r.message, r.aspect, r.status, r.share, r.share === 'none' ? null : r.round, requestedAt,
      r.withdrawn ? ago(2) : null, answerBy, remindAt, r.status === 'lapsed' ? remindAt : null, at(r.accepted),
      r.declined ? ago(r.days - 2) : null, r.declined ?? null, at(r.completed), r.status === 'lapsed' ? answerBy : null,
      r.status === 'cancelled' ? ago(r.days - 1) : null,
      r.rating ?? null, r.rating ? 'Praktisch en to the point. De aanvraag is gelukt.' : null, r.rating ? ago(25) : null,
      r.rating ? true : null, r.rating ? 'Bedrijf heeft de subsidie aangevraagd en gekregen.' : null, r.rating ? ago(25) : null,
    ]);
  }
}
