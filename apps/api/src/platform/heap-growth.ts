import { setFlagsFromString } from 'node:v8';

/** How far V8 lets the JS heap grow past what was alive after its last full collection before it
 * collects again: 20% here instead of its default of up to 100% and more. The search index keeps
 * ~130 MB alive at 100,000 items, and searches leave garbage that outlives a young-generation
 * collection; by default the heap grew to ~380 MB before a full collection, so the process held
 * nearly three times what it used. Measured at 100,000 items (docs/benchmarks.md): RSS after the
 * search runs down by ~150 MB, for ~3% more CPU per search. Set when main.ts starts (imported
 * first); `HEAP_GROWING_PERCENT` overrides it (0: V8's own). (The young generation's size cannot
 * be set this way once the process runs: V8 reads it only at start.) */
const percent = Number(process.env.HEAP_GROWING_PERCENT ?? 20);
if (!Number.isInteger(percent) || percent < 0 || percent > 1000) process.stderr.write(`HEAP_GROWING_PERCENT must be a whole number from 0 to 1000 (got "${process.env.HEAP_GROWING_PERCENT}"): V8's own growth is used\n`);
else if (percent > 0) setFlagsFromString(`--heap-growing-percent=${percent}`);

/** No allocation-site pretenuring: V8 otherwise starts to allocate the objects of a code site
 * straight in the old generation once most of them outlived a young-generation collection. Under
 * load, 20 requests in flight keep their objects alive across such collections, so the sites of
 * a search's answer (its JSON text, ~8 kB) were pretenured, and every answer then became garbage
 * in the old generation: ~18 MB a second at ~700 searches a second, a full collection (with
 * pauses of 8–20 ms) every ~1.2 s. Without it, ~7 MB a second reach the old generation, and young
 * collections take 1.7 ms instead of 2.7 ms (docs/benchmarks.md). `V8_PRETENURING=true` keeps
 * V8's own behaviour. */
if (process.env.V8_PRETENURING !== 'true') setFlagsFromString('--no-allocation-site-pretenuring');
