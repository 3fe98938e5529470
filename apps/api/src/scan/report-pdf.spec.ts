import { type PlanStep, type ReportReady } from '@groeiwijzer/contracts';
import { ASPECT_KEYS, INSTRUMENT_V1 } from '@groeiwijzer/domain';
import { contentStreams, flatten, markedText, PdfObjects, untaggedOperators } from '../testing/pdf-structure';
import { pdfText } from '../testing/pdf-text';
import { renderReportPdf } from './report-pdf';

const report: ReportReady = {
  status: 'ready', roundId: 'r1', title: 'Scan najaar', organisation: 'Bakkerij Bea', closedAt: '2026-11-01T10:00:00Z', respondents: 6, minResponses: 5,
  instrumentVersion: INSTRUMENT_V1.version,
  aspects: ASPECT_KEYS.map((key, i) => ({ key, mean: 2 + i * 0.4, sd: 1, favourable: 0.5, distribution: [1, 2, 3, 4, 5 + i], n: 6 })),
  items: [], strengths: ['outside_connection'], weakSpots: ['work_content'], overall: 'mixed',
  selfAssessment: { work_content: 4, leadership: 5 }, gaps: [{ key: 'work_content', employees: 2, owner: 4, gap: 2 }],
  trend: [], benchmark: null, groups: [], comments: [],
};

function step(title: string, status: PlanStep['status'], position: number, extra: Partial<PlanStep> = {}): PlanStep {
  return {
    id: title, organisationId: 'o1', title, aspect: 'leadership', itemId: null, item: null, dueDate: '2027-03-01', status, position, responsible: 'Fatma',
    checklist: [], note: null, createdAt: '2026-11-02T10:00:00Z', updatedAt: '2026-11-02T10:00:00Z', doneAt: null, result: null, ...extra,
  };
}

describe('the report PDF: tagged and accessible', () => {
  it('is a tagged PDF 1.7 in the report\'s language, showing its title', async () => {
    const pdf = await renderReportPdf(report, 'nl');
    expect(pdf.subarray(0, 8).toString()).toBe('%PDF-1.7');
    const o = new PdfObjects(pdf);
    const catalog = o.catalog();
    expect(o.string(catalog, 'Lang')).toBe('nl-NL');
    expect(o.entry(catalog, 'MarkInfo')).toMatch(/\/Marked true/);
    expect(o.entry(catalog, 'StructTreeRoot')).toMatch(/\/Type \/StructTreeRoot/);
    expect(o.entry(catalog, 'ViewerPreferences')).toMatch(/\/DisplayDocTitle true/);
    expect(o.string(o.info(), 'Title')).toBe('Rapport leercultuurscan – Bakkerij Bea');
    const en = new PdfObjects(await renderReportPdf(report, 'en'));
    expect(en.string(en.catalog(), 'Lang')).toBe('en-GB');
    expect(en.string(en.info(), 'Title')).toBe('Learning-culture scan report – Bakkerij Bea');
  });

  it('has a structure tree in reading order: headings, paragraphs, a table of scores, lists, the plan', async () => {
    const plan = [step('Werkoverleg met een leervraag', 'idea', 0), step('Training coachend leidinggeven', 'done', 0, { result: { before: 2.4, after: 3.1, roundId: 'r2', baselineRoundId: 'r1' } })];
    const nodes = flatten(new PdfObjects(await renderReportPdf(report, 'nl', plan)).structure());
    const types = nodes.map((n) => n.type);
    expect(types[0]).toBe('Document');
    expect(types.slice(1, 5)).toEqual(['H1', 'P', 'P', 'Figure']);
    // The headings, in the order a reader meets them.
    const text = pdfText(await renderReportPdf(report, 'nl', plan));
    expect(types.filter((t) => t === 'H2')).toHaveLength(7);
    for (const heading of ['Scores per onderdeel', 'Het beeld in het kort', 'Voorstel agenda voor het vervolggesprek', 'Ontwikkelplan', 'Idee (1)', 'Klaar (1)']) {
      expect(text).toContain(heading);
    }
    // The scores: one header row and a row per aspect, each headed by its aspect, its bar a figure.
    const table = nodes.find((n) => n.type === 'Table')!;
    expect(table.children).toHaveLength(1 + ASPECT_KEYS.length);
    expect(table.children[0].children.map((c) => c.type)).toEqual(['TH', 'TH', 'TH']);
    expect(table.children[1].children.map((c) => c.type)).toEqual(['TH', 'TD', 'TD']);
    expect(table.children[1].children[2].children.map((c) => c.type)).toEqual(['Figure']);
    // Agenda questions as lists (L > LI > Lbl, LBody), and a table per plan column.
    expect(nodes.find((n) => n.type === 'LI')!.children.map((c) => c.type)).toEqual(['Lbl', 'LBody']);
    expect(nodes.filter((n) => n.type === 'Table')).toHaveLength(3);
    expect(text).toContain('Werkoverleg met een leervraag');
    expect(text).toContain('van 2,40 naar 3,10');
  });

  it('gives the radar chart and every bar a sentence with the scores as text alternative', async () => {
    const figures = flatten(new PdfObjects(await renderReportPdf(report, 'nl')).structure()).filter((n) => n.type === 'Figure');
    expect(figures).toHaveLength(1 + ASPECT_KEYS.length);
    expect(figures.every((f) => f.alt && f.alt.length > 20)).toBe(true);
    expect(figures[0].alt).toBe(
      'Radardiagram van de zes onderdelen, schaal 1 tot 5. Medewerkers: Inhoud van het werk 2,00, Ruimte en veiligheid om te ontwikkelen 2,40, '
      + 'Samenwerken en teamontwikkeling 2,80, Leiderschap gericht op ontwikkelen 3,20, Organisatie ingericht op leren 3,60, Verbinden met buitenwereld 4,00. '
      + 'Eigenaar (zelfevaluatie): Inhoud van het werk 4,00, Ruimte en veiligheid om te ontwikkelen geen score, Samenwerken en teamontwikkeling geen score, '
      + 'Leiderschap gericht op ontwikkelen 5,00, Organisatie ingericht op leren geen score, Verbinden met buitenwereld geen score.',
    );
    expect(figures[1].alt).toBe('Inhoud van het werk, verdeling van 15 antwoorden: helemaal oneens 1, oneens 2, neutraal 3, eens 4, helemaal eens 5.');
    const en = flatten(new PdfObjects(await renderReportPdf(report, 'en')).structure()).filter((n) => n.type === 'Figure');
    expect(en[6].alt).toMatch(/^Connecting with the outside world, distribution of 20 answers: strongly disagree 1, /);
  });

  it('marks decoration and page footers as artifacts, outside the structure', async () => {
    const pdf = await renderReportPdf(report, 'nl');
    expect(pdfText(pdf)).toContain('Groeiwijzer · Bakkerij Bea · pagina 1 van 3');
    const pages = contentStreams(pdf).filter((s) => /BDC/.test(s));
    expect(pages).toHaveLength(3);
    // Each footer is drawn inside an artifact of the pagination kind, never inside tagged content.
    expect(pages.map((content) => markedText(content, /\/Artifact <<\s*\/Type \/Pagination\s*>> BDC/))).toEqual(
      [1, 2, 3].map((page) => [`Groeiwijzer · Bakkerij Bea · pagina ${page} van 3`]),
    );
    // The rule under the title is decoration too.
    expect(pages[0]).toMatch(/\/Artifact <<\s*\/Type \/Layout\s*>> BDC/);
    // Nothing is drawn outside tagged content or an artifact, also with a plan on its own page.
    const withPlan = await renderReportPdf(report, 'nl', [step('Een stap', 'doing', 0)]);
    for (const content of contentStreams(withPlan).filter((s) => /BDC/.test(s))) expect(untaggedOperators(content)).toEqual([]);
  });

  it('says so when the plan has no steps yet', async () => {
    expect(pdfText(await renderReportPdf(report, 'nl', []))).toContain('Er staan nog geen stappen in het ontwikkelplan.');
  });
});
