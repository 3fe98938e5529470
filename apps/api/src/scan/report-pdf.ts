import PDFDocument from 'pdfkit';
import { type ReportReady } from '@groeiwijzer/contracts';
import { ASPECT_GUIDANCE, ASPECTS, type AspectKey, type Locale, OVERALL_PICTURE_TEXT, type OverallPicture } from '@groeiwijzer/domain';

const TEAL = '#0b5d57';
const ORANGE = '#b45309';
const GREY = '#6b7280';
const DIST_COLOURS = ['#b91c1c', '#f97316', '#9ca3af', '#34d399', '#047857'];

const T = {
  nl: {
    title: 'Rapport leercultuurscan', respondents: 'respondenten', closed: 'Gesloten op', scores: 'Scores per onderdeel',
    mean: 'gemiddeld', favourable: 'positief', employees: 'Medewerkers', owner: 'Eigenaar (zelfevaluatie)', benchmark: 'Vergelijkbare bedrijven',
    noBenchmark: 'Nog niet genoeg vergelijkbare bedrijven voor een vergelijking.', gaps: 'Grootste verschillen tussen eigenaar en medewerkers',
    agenda: 'Voorstel agenda voor het vervolggesprek', scale: 'Schaal 1 (helemaal oneens) tot 5 (helemaal eens)',
  },
  en: {
    title: 'Learning-culture scan report', respondents: 'respondents', closed: 'Closed on', scores: 'Scores per aspect',
    mean: 'mean', favourable: 'favourable', employees: 'Employees', owner: 'Owner (self-assessment)', benchmark: 'Similar companies',
    noBenchmark: 'Not enough similar companies for a comparison yet.', gaps: 'Biggest differences between owner and employees',
    agenda: 'Suggested agenda for the follow-up session', scale: 'Scale 1 (strongly disagree) to 5 (strongly agree)',
  },
} as const;

const aspectName = (key: AspectKey, locale: Locale) => ASPECTS.find((a) => a.key === key)![locale];

/** The report as a PDF for the follow-up session: the same parts as the screen, charts drawn as vectors. */
export function renderReportPdf(report: ReportReady, locale: Locale): Promise<Buffer> {
  const t = T[locale];
  const number = new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { style: 'percent', maximumFractionDigits: 0 });
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: `${t.title} – ${report.organisation}`, Author: 'Groeiwijzer' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  doc.fillColor(TEAL).font('Helvetica-Bold').fontSize(20).text(t.title);
  doc.fillColor('#111111').font('Helvetica').fontSize(12).text(`${report.organisation} · ${report.title}`);
  const closed = report.closedAt ? new Date(report.closedAt).toLocaleDateString(locale === 'nl' ? 'nl-NL' : 'en-GB', { timeZone: 'Europe/Amsterdam' }) : '';
  doc.fillColor(GREY).fontSize(10).text(`${report.respondents} ${t.respondents}${closed ? ` · ${t.closed} ${closed}` : ''}`);
  doc.moveDown();

  // Radar chart of the six aspects.
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
    doc.fillColor('#111111').fontSize(8).text(a[locale], lx - 60, ly - 8, { width: 120, align: 'center' });
  });
  const series: { values: Partial<Record<AspectKey, number>>; colour: string; dash?: boolean; label: string }[] = [
    { values: Object.fromEntries(report.aspects.filter((a) => a.mean !== null).map((a) => [a.key, a.mean!])), colour: TEAL, label: t.employees },
  ];
  if (report.selfAssessment) series.push({ values: report.selfAssessment, colour: ORANGE, dash: true, label: t.owner });
  if (report.benchmark) series.push({ values: report.benchmark.aspects, colour: GREY, dash: true, label: t.benchmark });
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

  doc.fillColor(TEAL).font('Helvetica-Bold').fontSize(14).text(t.scores);
  doc.fillColor(GREY).font('Helvetica').fontSize(9).text(t.scale);
  doc.moveDown(0.5);
  for (const a of report.aspects) {
    if (doc.y > 740) doc.addPage();
    const y = doc.y;
    doc.fillColor('#111111').font('Helvetica-Bold').fontSize(10).text(aspectName(a.key, locale), 50, y, { width: 230 });
    const stats = a.mean === null ? '–' : `${t.mean} ${number.format(a.mean)} · ${t.favourable} ${percent.format(a.favourable ?? 0)} · n=${a.n}`;
    doc.font('Helvetica').fontSize(9).fillColor(GREY).text(stats, 50, doc.y, { width: 230 });
    const total = a.distribution.reduce((s, v) => s + v, 0);
    let x = 300;
    a.distribution.forEach((count, i) => {
      const w = total ? (count / total) * 245 : 0;
      if (w > 0) doc.rect(x, y + 4, w, 14).fill(DIST_COLOURS[i]);
      x += w;
    });
    doc.y = Math.max(doc.y, y + 24) + 6;
  }

  const picture = OVERALL_PICTURE_TEXT[report.overall as OverallPicture] ?? OVERALL_PICTURE_TEXT.mixed;
  doc.addPage();
  doc.fillColor('#111111').font('Helvetica').fontSize(10).text(picture.summary[locale]);
  doc.moveDown();
  for (const [heading, keys, kind] of [
    [picture.strengthsHeading[locale], report.strengths, 'strength'],
    [picture.weakSpotsHeading[locale], report.weakSpots, 'weakSpot'],
  ] as const) {
    doc.fillColor(TEAL).font('Helvetica-Bold').fontSize(14).text(heading);
    for (const key of keys) {
      doc.fillColor('#111111').font('Helvetica-Bold').fontSize(10).text(aspectName(key, locale));
      doc.font('Helvetica').text(ASPECT_GUIDANCE[key][kind][locale]);
      doc.moveDown(0.4);
    }
    doc.moveDown();
  }
  if (report.gaps.length) {
    doc.fillColor(TEAL).font('Helvetica-Bold').fontSize(14).text(t.gaps);
    for (const g of report.gaps.slice(0, 3)) {
      doc.fillColor('#111111').font('Helvetica').fontSize(10)
        .text(`${aspectName(g.key, locale)}: ${t.owner} ${number.format(g.owner)} · ${t.employees} ${number.format(g.employees)}`);
    }
    doc.moveDown();
  }
  if (!report.benchmark) doc.fillColor(GREY).fontSize(9).text(t.noBenchmark).moveDown();
  doc.fillColor(TEAL).font('Helvetica-Bold').fontSize(14).text(t.agenda);
  for (const key of [...report.strengths, ...report.weakSpots]) {
    doc.fillColor('#111111').font('Helvetica-Bold').fontSize(10).text(aspectName(key, locale));
    for (const q of ASPECT_GUIDANCE[key].questions[locale]) doc.font('Helvetica').text(`• ${q}`, { indent: 10 });
    doc.moveDown(0.4);
  }
  doc.end();
  return done;
}
