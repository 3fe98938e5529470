import { inflateSync } from 'node:zlib';

/** What a screen reader gets from a PDF made by pdfkit: the catalog's accessibility entries and
 * the structure tree in reading order. pdfkit writes every dictionary as plain text (no object
 * streams), so reading the objects needs no PDF library. */

export interface StructNode {
  type: string;
  alt: string | null;
  children: StructNode[];
}

/** A PDF string: (literal) with its escapes, or <hex>; UTF-16 when it starts with a BOM. */
function pdfString(token: string): string {
  const bytes = token.startsWith('<')
    ? Buffer.from(token.slice(1, -1), 'hex')
    : Buffer.from(token.slice(1, -1).replace(/\\([0-7]{1,3}|.)/g, (_, c: string) =>
      /^[0-7]+$/.test(c) ? String.fromCharCode(parseInt(c, 8)) : ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' })[c as 'n'] ?? c), 'latin1');
  return bytes[0] === 0xfe && bytes[1] === 0xff ? Buffer.from(bytes.subarray(2)).swap16().toString('utf16le') : bytes.toString('latin1');
}

const STRING = /(\((?:\\.|[^\\)])*\)|<[0-9a-fA-F]*>)/;

export class PdfObjects {
  private readonly objects = new Map<number, string>();

  constructor(pdf: Buffer) {
    const raw = pdf.toString('latin1');
    for (const m of raw.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
      // Only the dictionary: a stream's bytes are of no interest here.
      this.objects.set(Number(m[1]), m[2].split(/\bstream\r?\n/)[0]);
    }
  }

  get(id: number): string {
    return this.objects.get(id) ?? '';
  }

  find(pattern: RegExp): string {
    return [...this.objects.values()].find((o) => pattern.test(o)) ?? '';
  }

  /** The object a `/Key n 0 R` entry refers to, or the entry's own value when it is inline. */
  entry(dict: string, key: string): string {
    const ref = new RegExp(`/${key} (\\d+) 0 R`).exec(dict);
    if (ref) return this.get(Number(ref[1]));
    return new RegExp(`/${key} ([^/\\n]+)`).exec(dict)?.[1]?.trim() ?? '';
  }

  /** A string entry, written inline or as an object of its own (pdfkit's document info). */
  string(dict: string, key: string): string | null {
    const ref = new RegExp(`/${key} (\\d+) 0 R`).exec(dict);
    const m = ref ? new RegExp(`^\\s*${STRING.source}`).exec(this.get(Number(ref[1]))) : new RegExp(`/${key} ${STRING.source}`).exec(dict);
    return m ? pdfString(m[1]) : null;
  }

  /** The document information dictionary (title, author …). */
  info(): string {
    return this.find(/\/Producer \d+ 0 R/);
  }

  catalog(): string {
    return this.find(/\/Type \/Catalog\b/);
  }

  /** The structure tree under /StructTreeRoot, children in their reading order. */
  structure(): StructNode[] {
    const root = this.entry(this.catalog(), 'StructTreeRoot');
    return this.kids(root);
  }

  private kids(dict: string): StructNode[] {
    const k = /\/K\s*\[([\s\S]*?)\]\s*(?:\/|>>)/.exec(dict)?.[1] ?? /\/K (\d+ 0 R)/.exec(dict)?.[1] ?? '';
    return [...k.matchAll(/(?<!\/Pg )(?<!\/Obj )\b(\d+) 0 R/g)]
      .map((m) => this.get(Number(m[1])))
      .filter((o) => /\/S \/\w+/.test(o))
      .map((o) => ({ type: /\/S \/(\w+)/.exec(o)![1], alt: this.string(o, 'Alt'), children: this.kids(o) }));
  }
}

/** Every node of a tree, depth first (reading order). */
export function flatten(nodes: StructNode[]): StructNode[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)]);
}

/** The page content streams, inflated: where marked-content operators (BDC … EMC) can be read. */
export function contentStreams(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  return [...raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)].map((m) => {
    try {
      return inflateSync(Buffer.from(m[1], 'latin1')).toString('latin1');
    } catch {
      return m[1];
    }
  });
}

/** The text drawn between one marked-content operator and its EMC (hex strings of TJ/Tj, joined). */
export function markedText(content: string, marker: RegExp): string[] {
  const out: string[] = [];
  for (const m of content.matchAll(new RegExp(`${marker.source}([\\s\\S]*?)EMC`, 'g'))) {
    out.push([...m[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => Buffer.from(h[1], 'hex').toString('latin1')).join(''));
  }
  return out;
}

/** Text and painting operators of a content stream that lie outside every marked-content
 * sequence: content a screen reader can neither read nor knowingly skip. */
export function untaggedOperators(content: string): string[] {
  let depth = 0;
  const out: string[] = [];
  for (const line of content.split('\n').map((l) => l.trim())) {
    if (/\b(BDC|BMC)$/.test(line)) depth++;
    else if (line === 'EMC') depth--;
    else if (depth === 0 && /(\bTJ|\bTj|\bre|^[fSB]\*?|\s[fSB]\*?)$/.test(line)) out.push(line);
  }
  return out;
}
