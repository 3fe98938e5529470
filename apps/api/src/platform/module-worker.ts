import path from 'node:path';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** Run from TypeScript sources (Jest, through ts-jest): the worker compiles each module it loads
 * with TypeScript's own `transpileModule`, as ts-jest does, and resolves the workspace's path
 * aliases (jest.base.cjs's moduleNameMapper). Built, the worker loads the compiled file as is. */
const TS_BOOT = `
const Module = require('node:module');
const fs = require('node:fs');
const path = require('node:path');
const { entry, root } = require('node:worker_threads').workerData.__moduleWorker;
const ts = require(require.resolve('typescript', { paths: [root] }));
const aliases = { '@groeiwijzer/domain': path.join(root, 'libs/domain/src/index.ts'), '@groeiwijzer/contracts': path.join(root, 'libs/contracts/src/index.ts') };
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) { return resolve.call(this, aliases[request] ?? request, ...rest); };
// Compiled modules are kept on disk by path, size and time (every test app's worker compiles the same files).
const cacheDir = path.join(require('node:os').tmpdir(), 'gw-module-worker-' + ts.version);
fs.mkdirSync(cacheDir, { recursive: true });
require.extensions['.ts'] = (module, filename) => {
  const stat = fs.statSync(filename);
  const key = require('node:crypto').createHash('sha1').update(filename + ':' + stat.size + ':' + stat.mtimeMs).digest('hex');
  const cached = path.join(cacheDir, key + '.js');
  let code;
  try {
    code = fs.readFileSync(cached, 'utf8');
  } catch {
    code = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
      fileName: filename,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, experimentalDecorators: true, emitDecoratorMetadata: true },
    }).outputText;
    const temp = cached + '.' + process.pid + '.' + require('node:worker_threads').threadId;
    fs.writeFileSync(temp, code);
    fs.renameSync(temp, cached);
  }
  module._compile(code, filename);
};
require(entry);
`;

/** A worker thread running the module `file` (a path without its extension, next to the caller's
 * own file: `.js` when built, `.ts` from the sources). */
export function moduleWorker(callerFile: string, file: string, options: WorkerOptions = {}): Worker {
  const fromSources = callerFile.endsWith('.ts');
  const entry = path.join(path.dirname(callerFile), `${file}${fromSources ? '.ts' : '.js'}`);
  if (!fromSources) return new Worker(entry, options);
  const root = path.resolve(__dirname, '../../../..');
  return new Worker(TS_BOOT, { ...options, eval: true, workerData: { ...(options.workerData ?? {}), __moduleWorker: { entry, root } } });
}
