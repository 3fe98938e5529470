import { type ItemKind, type PlanStatus } from '@groeiwijzer/contracts';

/** The scan report as a PDF (`scan/report-pdf.ts`, `report-pdf-plan.ts`), in Dutch. */
export const pdfNl = {
  report: {
    title: 'Rapport leercultuurscan', respondents: 'respondenten', closed: 'Gesloten op', scores: 'Scores per onderdeel',
    mean: 'gemiddeld', favourable: 'positief', employees: 'Medewerkers', owner: 'Eigenaar (zelfevaluatie)', benchmark: 'Vergelijkbare bedrijven',
    noBenchmark: 'Nog niet genoeg vergelijkbare bedrijven voor een vergelijking.', gaps: 'Grootste verschillen tussen eigenaar en medewerkers',
    agenda: 'Voorstel agenda voor het vervolggesprek', scale: 'Schaal 1 (helemaal oneens) tot 5 (helemaal eens)',
    aspect: 'Onderdeel', stats: 'Scores', distribution: 'Verdeling van de antwoorden', picture: 'Het beeld in het kort',
    radar: 'Radardiagram van de zes onderdelen, schaal 1 tot 5.', noScore: 'geen score', answers: 'verdeling van {n} antwoorden: ',
    footer: 'Groeiwijzer · {organisation} · pagina {page} van {pages}',
  },
  plan: {
    heading: 'Ontwikkelplan',
    intro: 'De stappen uit het ontwikkelplan, per kolom van het bord. Resultaat: de score van het onderdeel toen de stap werd gemaakt, en bij de eerstvolgende gesloten scan.',
    empty: 'Er staan nog geen stappen in het ontwikkelplan.',
    columns: { idea: 'Idee', planned: 'Gepland', doing: 'Bezig', done: 'Klaar' } satisfies Record<PlanStatus, string>,
    headers: ['Stap', 'Onderdeel', 'Deadline', 'Verantwoordelijk', 'Resultaat'],
    kinds: { scheme: 'Regeling', training: 'Training', coach: 'Coach' } satisfies Record<ItemKind, string>,
    checklist: 'Checklist: {done} van {total} klaar',
    resultPending: '{before}, nog geen nieuwe scan',
    result: 'van {before} naar {after}',
  },
};
