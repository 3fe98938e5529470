import { organisationOwner } from '../testing/access-fixtures';
import { type HttpClient } from '../testing/http-client';
import { flatten, PdfObjects } from '../testing/pdf-structure';
import { pdfText } from '../testing/pdf-text';
import { closedRound } from '../testing/plan-fixtures';
import { startTestApp, type TestApp } from '../testing/test-app';

describe('the report PDF with the action plan: tagged, in the asked language', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function pdfOf(owner: HttpClient, roundId: string, locale: 'nl' | 'en'): Promise<Buffer> {
    const r = await fetch(`${t.baseUrl}/api/rounds/${roundId}/report.pdf?locale=${locale}`, { headers: { cookie: owner.cookieHeader } });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/pdf');
    return Buffer.from(await r.arrayBuffer());
  }

  it('holds the plan after the agenda, per column with due date, responsible person and result', async () => {
    const { client: owner, organisationId } = await organisationOwner(t, 'pdf-plan');
    // Another company's plan never shows.
    const other = await organisationOwner(t, 'pdf-ander');
    await other.client.post(`/api/organisations/${other.organisationId}/plan`, { title: 'Plan van een ander bedrijf', aspect: 'leadership' });

    await closedRound(t, owner, organisationId, 3, { leadership: 2 });
    t.clock.advance(60_000);
    const add = (body: Record<string, unknown>) => owner.post(`/api/organisations/${organisationId}/plan`, { aspect: 'leadership', ...body });
    expect((await add({ title: 'Werkoverleg met een leervraag', status: 'idea' })).status).toBe(201);
    expect((await add({ title: 'Training coachend leidinggeven', status: 'done', dueDate: '2027-03-01', responsible: 'Fatma' })).status).toBe(201);
    t.clock.advance(60_000);
    const second = await closedRound(t, owner, organisationId, 4, { leadership: 4 });

    const nl = await pdfOf(owner, second, 'nl');
    const objects = new PdfObjects(nl);
    const catalog = objects.catalog();
    expect(nl.subarray(0, 8).toString()).toBe('%PDF-1.7');
    expect(objects.entry(catalog, 'MarkInfo')).toMatch(/<<\s*\/Marked true\s*>>/);
    expect(objects.entry(catalog, 'StructTreeRoot')).toMatch(/\/Type \/StructTreeRoot/);
    expect(objects.string(catalog, 'Lang')).toBe('nl-NL');
    const text = pdfText(nl);
    for (const expected of [
      'Voorstel agenda voor het vervolggesprek', 'Ontwikkelplan', 'Idee (1)', 'Werkoverleg met een leervraag', 'Klaar (1)',
      'Training coachend leidinggeven', '1 maart 2027', 'Fatma', 'van 2,00 naar 4,00',
    ]) expect(text).toContain(expected);
    expect(text.indexOf('Ontwikkelplan')).toBeGreaterThan(text.indexOf('Voorstel agenda voor het vervolggesprek'));
    expect(text).not.toContain('Plan van een ander bedrijf');
    // The plan's columns are tables in the structure tree: one for "Idee", one for "Klaar", after the scores.
    expect(flatten(objects.structure()).filter((n) => n.type === 'Table')).toHaveLength(3);

    const en = await pdfOf(owner, second, 'en');
    const enObjects = new PdfObjects(en);
    expect(enObjects.string(enObjects.catalog(), 'Lang')).toBe('en-GB');
    expect(pdfText(en)).toContain('Action plan');
    expect(pdfText(en)).toContain('from 2.00 to 4.00');
  });
});
