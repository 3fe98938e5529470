import { type PlanStep, type ReportReady } from '@groeiwijzer/contracts';
import { ASPECT_GUIDANCE, ASPECTS, type AspectKey, getInstrument, type Locale, OVERALL_PICTURE_TEXT, type OverallPicture } from '@groeiwijzer/domain';
import { renderPlanSection } from './report-pdf-plan';
import { STYLE, TaggedPdf } from './tagged-pdf';
import { formatMoment } from '../common/time';
import { fill, textsFor } from '../i18n';

const TEAL = '#0b5d57';
const ORANGE = '#b45309';
const GREY = '#6b7280';
const DIST_COLOURS = ['#b91c1c', '#f97316', '#9ca3af', '#34d399', '#047857'];


const aspectName = (key: AspectKey, locale: Locale) => ASPECTS.find((a) => a.key === key)![locale];

interface Series { values: Partial<Record<AspectKey, number>>; colour: string; dash?: boolean; label: string }

/**
 * The report as a tagged, accessible PDF for the follow-up session: the same parts as the screen
 * in reading order, charts drawn as vectors with a sentence of their scores as text alternative,
 * then the organisation's action plan.
 */
export function renderReportPdf(report: ReportReady, locale: Locale, plan: PlanStep[] = []): Promise<Buffer> {
  const t = textsFor(locale).pdf.report;
  const number = new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { style: 'percent', maximumFractionDigits: 0 });
  const pdf = new TaggedPdf({
    lang: locale === 'nl' ? 'nl-NL' : 'en-GB',
    title: `${t.title} – ${report.organisation}`,
    author: 'Groeiwijzer',
    subject: `${report.organisation} · ${report.title}`,
    footer: (page, pages) => fill(t.footer, { organisation: report.organisation, page, pages }),
  });
  const { doc } = pdf;

  pdf.heading(pdf.root, 1, t.title);
  pdf.artifact(() => doc.moveTo(50, doc.y).lineTo(545, doc.y).lineWidth(1.5).strokeColor(TEAL).stroke());
  doc.moveDown(0.3);
  pdf.paragraph(pdf.root, `${report.organisation} · ${report.title}`, STYLE.lead);
  const closed = report.closedAt ? formatMoment(new Date(report.closedAt), locale, 'long') : '';
  pdf.paragraph(pdf.root, `${report.respondents} ${t.respondents}${closed ? ` · ${t.closed} ${closed}` : ''}`, STYLE.small);
  doc.moveDown();

  const series: Series[] = [
    { values: Object.fromEntries(report.aspects.filter((a) => a.mean !== null).map((a) => [a.key, a.mean!])), colour: TEAL, label: t.employees },
  ];
  if (report.selfAssessment) series.push({ values: report.selfAssessment, colour: ORANGE, dash: true, label: t.owner });
  if (report.benchmark) series.push({ values: report.benchmark.aspects, colour: GREY, dash: true, label: t.benchmark });
  const alt = [t.radar, ...series.map((s) => `${s.label}: ${ASPECTS.map((a) => `${a[locale]} ${s.values[a.key] === undefined ? t.noScore : number.format(s.values[a.key]!)}`).join(', ')}.`)].join(' ');
  pdf.figure(pdf.root, alt, () => drawRadar(doc, series, locale));

  const scores = pdf.section();
  pdf.heading(scores, 2, t.scores);
  pdf.paragraph(scores, t.scale, STYLE.small);
  doc.moveDown(0.5);
  const labels = getInstrument(report.instrumentVersion).scale.labels[locale].map((l) => l.toLowerCase());
  const table = doc.struct('Table');
  scores.add(table);
  // Three columns: the aspect, its figures, the bar of its answers.
  const cols = { name: { x: 50, w: 140 }, stats: { x: 195, w: 120 }, bar: { x: 320, w: 225 } };
  const head = (text: string, col: { x: number; w: number }, y: number) => () => {
    doc.fillColor(GREY).font('Helvetica').fontSize(8).text(`${text} `, col.x, y, { width: col.w });
  };
  const top = doc.y;
  pdf.row(table, [head(t.aspect, cols.name, top), head(t.stats, cols.stats, top), head(t.distribution, cols.bar, top)], true);
  doc.y = top + 16;
  for (const a of report.aspects) {
    pdf.keepTogether(36);
    const y = doc.y;
    let bottom = y + 22;
    const below = () => { bottom = Math.max(bottom, doc.y); };
    const total = a.distribution.reduce((s, v) => s + v, 0);
    const stats = a.mean === null ? '–' : `${t.mean} ${number.format(a.mean)} · ${t.favourable} ${percent.format(a.favourable ?? 0)} · n=${a.n}`;
    pdf.row(table, [
      () => { doc.fillColor('#111111').font('Helvetica-Bold').fontSize(10).text(`${aspectName(a.key, locale)} `, cols.name.x, y, { width: cols.name.w }); below(); },
      () => { doc.fillColor(GREY).font('Helvetica').fontSize(9).text(`${stats} `, cols.stats.x, y, { width: cols.stats.w }); below(); },
      pdf.figureOf(`${aspectName(a.key, locale)}, ${fill(t.answers, { n: total })}${labels.map((l, i) => `${l} ${a.distribution[i] ?? 0}`).join(', ')}.`, () => drawBar(doc, a.distribution, cols.bar, y + 2)),
    ]);
    doc.y = bottom + 8;
    doc.x = 50;
  }
  table.end();

  const picture = OVERALL_PICTURE_TEXT[report.overall as OverallPicture] ?? OVERALL_PICTURE_TEXT.mixed;
  doc.addPage();
  const summary = pdf.section();
  pdf.heading(summary, 2, t.picture);
  pdf.paragraph(summary, picture.summary[locale]);
  doc.moveDown();
  for (const [heading, keys, kind] of [
    [picture.strengthsHeading[locale], report.strengths, 'strength'],
    [picture.weakSpotsHeading[locale], report.weakSpots, 'weakSpot'],
  ] as const) {
    const part = pdf.section();
    pdf.heading(part, 2, heading);
    for (const key of keys) {
      pdf.heading(part, 3, aspectName(key, locale));
      pdf.paragraph(part, ASPECT_GUIDANCE[key][kind][locale]);
      doc.moveDown(0.4);
    }
    doc.moveDown();
  }
  if (report.gaps.length) {
    const gaps = pdf.section();
    pdf.heading(gaps, 2, t.gaps);
    pdf.list(gaps, report.gaps.slice(0, 3).map((g) => `${aspectName(g.key, locale)}: ${t.owner} ${number.format(g.owner)} · ${t.employees} ${number.format(g.employees)}`));
    doc.moveDown();
  }
  if (!report.benchmark) {
    pdf.paragraph(pdf.root, t.noBenchmark, STYLE.small);
    doc.moveDown();
  }
  const agenda = pdf.section();
  pdf.heading(agenda, 2, t.agenda);
  for (const key of [...report.strengths, ...report.weakSpots]) {
    pdf.heading(agenda, 3, aspectName(key, locale));
    pdf.list(agenda, ASPECT_GUIDANCE[key].questions[locale]);
    doc.moveDown(0.4);
  }
  renderPlanSection(pdf, plan, locale);
  return pdf.finish();
}

function drawRadar(doc: PDFKit.PDFDocument, series: Series[], locale: Locale): void {
  const cx = 297, cy = doc.y + 130, radius = 100;
  const angle = (i: number) => -Math.PI / 2 + (i * 2 * Math.PI) / ASPECTS.length;
  const point = (i: number, value: number) => {
    const r = ((value - 1) / 4) * radius;
    return [cx + r * Math.cos(angle(i)), cy + r * Math.sin(angle(i))] as const;
  };
  doc.lineWidth(0.5).strokeColor('#d1d5db');
  for (let ring = 2; ring <= 5; ring++) {
    ASPECTS.forEach((_, i) => {
      const [x, y] = point(i, ring);
      if (i === 0) doc.moveTo(x, y);
      else doc.lineTo(x, y);
    });
    doc.closePath().stroke();
  }
  ASPECTS.forEach((a, i) => {
    const [x, y] = point(i, 5);
    doc.moveTo(cx, cy).lineTo(x, y).stroke();
    const [lx, ly] = point(i, 6.2);
    doc.fillColor('#111111').font('Helvetica').fontSize(8).text(a[locale], lx - 60, ly - 8, { width: 120, align: 'center' });
  });
  for (const s of series) {
    doc.lineWidth(2).strokeColor(s.colour);
    if (s.dash) doc.dash(4, { space: 3 });
    ASPECTS.forEach((a, i) => {
      const [x, y] = point(i, s.values[a.key] ?? 1);
      if (i === 0) doc.moveTo(x, y);
      else doc.lineTo(x, y);
    });
    doc.closePath().stroke().undash();
  }
  let legendY = cy + radius + 45;
  for (const s of series) {
    doc.rect(70, legendY, 12, 4).fill(s.colour);
    doc.fillColor('#111111').fontSize(9).text(s.label, 88, legendY - 3);
    legendY += 14;
  }
  doc.y = legendY + 10;
  doc.x = 50;
}

function drawBar(doc: PDFKit.PDFDocument, distribution: number[], col: { x: number; w: number }, y: number): void {
  const total = distribution.reduce((s, v) => s + v, 0);
  let x = col.x;
  distribution.forEach((count, i) => {
    const w = total ? (count / total) * col.w : 0;
    if (w > 0) doc.rect(x, y, w, 14).fill(DIST_COLOURS[i]);
    x += w;
  });
}
