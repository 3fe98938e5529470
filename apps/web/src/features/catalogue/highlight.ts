import { createElement, type ReactNode } from 'react';

/** A run of text from a search highlight; `marked` for the words that matched. */
export interface HighlightPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

/** Undoes the server's HTML escaping in one pass, so "&amp;lt;" stays the text "&lt;". */
export function unescapeHtml(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);
}

/** Splits a highlight (HTML-escaped text whose only tags are `<mark>` and `</mark>`) into
 * plain and marked runs. Tags are found before unescaping, so an escaped "&lt;mark&gt;" in
 * the text itself stays text. A stray `</mark>` is dropped; an unclosed `<mark>` marks the
 * rest. */
export function parseHighlight(source: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  let marked = false;
  for (const piece of source.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') {
      marked = true;
    } else if (piece === '</mark>') {
      marked = false;
    } else if (piece) {
      const text = unescapeHtml(piece);
      const last = parts[parts.length - 1];
      if (last && last.marked === marked) last.text += text;
      else parts.push({ text, marked });
    }
  }
  return parts;
}

/** The highlight as React nodes: strings and `<mark>` elements, never parsed HTML. */
export function renderHighlight(source: string): ReactNode[] {
  return parseHighlight(source).map((part, index) =>
    part.marked ? createElement('mark', { key: index }, part.text) : part.text,
  );
}
