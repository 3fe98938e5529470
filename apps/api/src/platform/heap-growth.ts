import { setFlagsFromString } from 'node:v8';

/** How far V8 lets the JS heap grow past what was alive after its last full collection before
 * it collects again: 30% here instead of its default of up to 100% and more. The search index
 * keeps ~150 MB alive for 100,000 items, and searches leave short-lived garbage that outlives a
 * young-generation collection; by default the heap then grew to ~380 MB before a full
 * collection, so the process held twice what it used. Measured at 100,000 items (docs/benchmarks.md):
 * RSS after the search runs 675 → 521 MB, CPU per search unchanged within noise. Imported first
 * by main.ts, so it holds from the start; `HEAP_GROWING_PERCENT` overrides it (0: V8's own). */
const percent = Number(process.env.HEAP_GROWING_PERCENT ?? 30);
if (Number.isInteger(percent) && percent > 0) setFlagsFromString(`--heap-growing-percent=${percent}`);
