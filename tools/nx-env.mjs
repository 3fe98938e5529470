// Nx runs offline here: no daemon, no cloud.
import { rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

export const nxEnv = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_SKIP_NX_CACHE: process.env.NX_SKIP_NX_CACHE ?? '' };
export const nxBin = new URL('../node_modules/nx/dist/bin/nx.js', import.meta.url).pathname;

/** Nx for `npm test` and CI: a green run must mean this checkout builds, so no task result
 * comes from a cache. Nx 24 otherwise keeps one cache per user for every checkout of the
 * repository (~/.nx/<id>/cache, shared by all worktrees); here the cache and Nx's workspace data
 * live in tmp/nx of this checkout, emptied first, and are not read (NX_SKIP_NX_CACHE). */
export function freshNxEnv() {
  const dir = path.join(root, 'tmp', 'nx');
  rmSync(dir, { recursive: true, force: true });
  return {
    ...nxEnv,
    NX_SKIP_NX_CACHE: 'true',
    NX_CACHE_DIRECTORY: path.join(dir, 'cache'),
    NX_WORKSPACE_DATA_DIRECTORY: path.join(dir, 'workspace-data'),
  };
}
