import type PDFKitDocument from 'pdfkit';

/** pdfkit, loaded when the first PDF is made: with its fonts and font tools it takes ~20 MB of
 * the process, which an API that serves no report needs not hold. */
let pdfkit: typeof PDFKitDocument | undefined;
function PDFDocumentClass(): typeof PDFKitDocument {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use (see above)
  pdfkit ??= require('pdfkit') as typeof PDFKitDocument;
  return pdfkit;
}

type Doc = PDFKit.PDFDocument;
export type Struct = PDFKit.PDFStructureElement;

/** Text styles of the report: one place for fonts, sizes and colours. */
export const STYLE = {
  h1: { font: 'Helvetica-Bold', size: 20, colour: '#0b5d57' },
  h2: { font: 'Helvetica-Bold', size: 14, colour: '#0b5d57' },
  h3: { font: 'Helvetica-Bold', size: 10, colour: '#111111' },
  body: { font: 'Helvetica', size: 10, colour: '#111111' },
  lead: { font: 'Helvetica', size: 12, colour: '#111111' },
  small: { font: 'Helvetica', size: 9, colour: '#4b5563' },
} as const;
export type TextStyle = (typeof STYLE)[keyof typeof STYLE];

/** The structure options pdfkit reads but its types do not name (a table header cell's scope). */
type StructOptions = PDFKit.Mixins.StructureElementOptions & { scope?: 'Row' | 'Column' };

export interface TaggedPdfOptions {
  /** BCP 47, e.g. nl-NL: the document's language for screen readers. */
  lang: string;
  title: string;
  author: string;
  subject: string;
  /** The running footer on every page (an artifact: not part of what is read out). */
  footer: (page: number, pages: number) => string;
}

/**
 * A tagged PDF (PDF 1.7, /MarkInfo /Marked true, a structure tree, document language, title shown
 * instead of the file name) written in reading order: every piece of content is either part of a
 * structure element (headings, paragraphs, lists, tables, figures with a text alternative) or
 * marked as an artifact (decoration, page footers). pdfkit does the marking; this class keeps the
 * report code to "what comes next". See docs/instrument.md, "The report as PDF".
 */
export class TaggedPdf {
  readonly doc: Doc;
  readonly root: Struct;
  private readonly chunks: Buffer[] = [];
  private readonly ended: Promise<Buffer>;

  constructor(private readonly options: TaggedPdfOptions) {
    this.doc = new (PDFDocumentClass())({
      size: 'A4', margin: 50, pdfVersion: '1.7', tagged: true, lang: options.lang, displayTitle: true, bufferPages: true,
      info: { Title: options.title, Author: options.author, Subject: options.subject, Creator: 'Groeiwijzer' },
    });
    this.doc.on('data', (c: Buffer) => this.chunks.push(c));
    this.ended = new Promise((resolve) => this.doc.on('end', () => resolve(Buffer.concat(this.chunks))));
    this.root = this.doc.struct('Document');
    this.doc.addStructure(this.root);
  }

  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** A new page when less than `height` points are left; only between elements, never inside one. */
  keepTogether(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  section(parent: Struct = this.root): Struct {
    const sect = this.doc.struct('Sect');
    parent.add(sect);
    return sect;
  }

  private write(style: TextStyle, text: string, options: PDFKit.Mixins.TextOptions = {}): void {
    // The trailing space keeps words apart when a reader joins lines (pdfkit's accessibility advice).
    this.doc.fillColor(style.colour).font(style.font).fontSize(style.size).text(`${text} `, options);
  }

  heading(parent: Struct, level: 1 | 2 | 3, text: string, style: TextStyle = level === 1 ? STYLE.h1 : level === 2 ? STYLE.h2 : STYLE.h3): void {
    this.keepTogether(style.size * 3);
    parent.add(this.doc.struct(`H${level}`, {}, () => this.write(style, text)));
  }

  paragraph(parent: Struct, text: string, style: TextStyle = STYLE.body, options: PDFKit.Mixins.TextOptions = {}): void {
    parent.add(this.doc.struct('P', {}, () => this.write(style, text, options)));
  }

  /** A bulleted list: L > LI > (Lbl, LBody), the bullet in the label. */
  list(parent: Struct, items: string[], style: TextStyle = STYLE.body): void {
    const list = this.doc.struct('L');
    parent.add(list);
    this.doc.fillColor(style.colour).font(style.font).fontSize(style.size)
      .list(items.map((i) => `${i} `), this.doc.page.margins.left + 10, this.doc.y, { structParent: list, bulletRadius: 2, textIndent: 10 });
    list.end();
    this.doc.x = this.doc.page.margins.left;
  }

  /** A drawing with its text alternative: screen readers read `alt` instead of the shapes. */
  figure(parent: Struct, alt: string, draw: () => void): void {
    parent.add(this.figureOf(alt, draw));
  }

  /** The same, not yet placed (e.g. as the content of a table cell). */
  figureOf(alt: string, draw: () => void): Struct {
    return this.doc.struct('Figure', { alt }, draw);
  }

  /** A table row: cells drawn by their functions (or holding an element, e.g. a figure). In a
   * header row every cell is a column header; otherwise the first cell heads its row. */
  row(table: Struct, cells: PDFKit.PDFStructureElementChild[], header = false): void {
    const tr = this.doc.struct('TR');
    table.add(tr);
    cells.forEach((cell, i) => {
      const type = header || i === 0 ? 'TH' : 'TD';
      const options = (type === 'TH' ? { scope: header ? 'Column' : 'Row' } : {}) as StructOptions;
      tr.add(this.doc.struct(type, options, [cell]));
    });
    tr.end();
  }

  /** Decoration that carries no meaning: skipped by screen readers. */
  artifact(draw: () => void, type: 'Layout' | 'Pagination' = 'Layout'): void {
    this.doc.markContent('Artifact', { type });
    draw();
    this.doc.endMarkedContent();
  }

  /** Footers on every page, then the finished file. */
  async finish(): Promise<Buffer> {
    const { start, count } = this.doc.bufferedPageRange();
    for (let i = start; i < start + count; i++) {
      this.doc.switchToPage(i);
      const margin = this.doc.page.margins.bottom;
      // Below the bottom margin: without this pdfkit would start a new page for the footer.
      this.doc.page.margins.bottom = 0;
      this.artifact(() => {
        this.doc.fillColor(STYLE.small.colour).font(STYLE.small.font).fontSize(8)
          .text(this.options.footer(i + 1, count), 50, this.doc.page.height - 32, { lineBreak: false, width: this.doc.page.width - 100, align: 'center' });
      }, 'Pagination');
      this.doc.page.margins.bottom = margin;
    }
    this.doc.end();
    return this.ended;
  }
}
