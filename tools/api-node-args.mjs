// The Node options the API process is started with: by `npm start` (tools/start.mjs) and by the
// benches (bench/lib.mjs); infra/Dockerfile and apps/api/project.json's `serve` repeat them.
// The rest of the API's V8 settings are made from inside it at start
// (apps/api/src/platform/heap-growth.ts), but V8 sizes the young generation only when the
// process starts, so this one has to be on the command line.
//
// --max-semi-space-size=8: the young generation's halves grow to at most 8 MB instead of 16 MB.
// Under a stream of searches V8 grows them to the largest size allowed, and the memory they take
// (~34 MB, then ~17 MB) stays resident until the process is idle long enough to shrink them.
// Measured at 100,000 items, 30 s of new searches at 20 clients (docs/benchmarks.md): the API's
// RSS 7–37 MB lower at its first search, 21–29 MB at its highest, 37–67 MB after 25 s idle; API
// CPU per search within noise (0.72–0.77 ms against 0.69–0.77 ms); 4 MB cost ~25% more CPU.
export const API_NODE_ARGS = ['--max-semi-space-size=8'];
