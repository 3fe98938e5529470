import { type PlanStatus, type PlanStep } from '@groeiwijzer/contracts';
import { ASPECTS, type Locale } from '@groeiwijzer/domain';
import { STYLE, type TaggedPdf } from './tagged-pdf';
import { formatDay } from '../common/time';
import { fill, textsFor } from '../i18n';


const COLUMNS: PlanStatus[] = ['idea', 'planned', 'doing', 'done'];
const WIDTHS = [160, 90, 70, 90, 85];

/** The action plan after the agenda: per column a table of its steps (title with its item and
 * checklist, aspect, due date, responsible person, result), as the follow-up session uses it. */
export function renderPlanSection(pdf: TaggedPdf, steps: PlanStep[], locale: Locale): void {
  const t = textsFor(locale).pdf.plan;
  const { doc } = pdf;
  const tag = locale === 'nl' ? 'nl-NL' : 'en-GB';
  const number = new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const day = (d: string) => formatDay(d, locale, 'long');

  doc.addPage();
  const section = pdf.section();
  pdf.heading(section, 2, t.heading);
  pdf.paragraph(section, t.intro, STYLE.small);
  doc.moveDown(0.5);
  if (!steps.length) {
    pdf.paragraph(section, t.empty);
    return;
  }
  for (const column of COLUMNS) {
    const inColumn = steps.filter((s) => s.status === column).sort((a, b) => a.position - b.position);
    if (!inColumn.length) continue;
    pdf.heading(section, 3, `${t.columns[column]} (${inColumn.length})`);
    doc.moveDown(0.2);
    const rows = inColumn.map((s) => {
      const done = s.checklist.filter((c) => c.done).length;
      const title = [
        s.title,
        ...(s.item ? [`${t.kinds[s.item.kind]}: ${s.item.title}`] : []),
        ...(s.checklist.length ? [fill(t.checklist, { done, total: s.checklist.length })] : []),
      ].map((line) => `${line} `).join('\n');
      const result = s.result ? (s.result.after === null ? fill(t.resultPending, { before: number.format(s.result.before) }) : fill(t.result, { before: number.format(s.result.before), after: number.format(s.result.after) })) : '–';
      return [title, ASPECTS.find((a) => a.key === s.aspect)![locale], s.dueDate ? day(s.dueDate) : '–', s.responsible ?? '–', result];
    });
    doc.fillColor(STYLE.body.colour).font(STYLE.body.font).fontSize(9);
    // pdfkit's table tags what it draws (Table > TR > TH/TD) under the section when given it as
    // structParent (its types do not name that option yet).
    doc.table({
      structParent: section,
      columnStyles: WIDTHS,
      defaultStyle: { border: 0, padding: [3, 6, 3, 0] },
      data: [
        t.headers.map((text) => ({ text, type: 'TH' as const, scope: 'column', font: { src: 'Helvetica-Bold' }, textColor: '#4b5563' })),
        ...rows,
      ],
    } as PDFKit.Mixins.TableOptionsWithData);
    doc.x = doc.page.margins.left;
    doc.moveDown(0.8);
  }
}
