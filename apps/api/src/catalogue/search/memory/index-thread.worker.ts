import { parentPort, workerData } from 'node:worker_threads';
import { Pool } from 'pg';
import { requiredMatches } from '@groeiwijzer/domain';
import { IndexKeeper } from './index-keeper';
import { poolDb } from './index-keeper.queries';
import type { ThreadRequest, ThreadResponse, ThreadSetup } from './index-thread';

/** The worker thread of `IndexThread`: a keeper of the items (its own connections) and their
 * index, answering the searches the main thread sends. */
const setup = workerData as ThreadSetup;
const pool = new Pool({ connectionString: setup.url, max: 2 });
pool.on('error', () => undefined); // a connection cut while idle: the next query opens another
const keeper = new IndexKeeper(poolDb(pool), { refreshMs: setup.refreshMs, cacheEntries: setup.cacheEntries, part: 'items' });
const port = parentPort as NonNullable<typeof parentPort>;
const send = (message: ThreadResponse) => port.postMessage(message);

keeper.start((error) => send({ kind: 'warning', message: (error as Error).message }));

port.on('message', (request: ThreadRequest) => {
  if (request.kind === 'dirty') {
    keeper.markDirty();
    return;
  }
  if (request.kind === 'stop') {
    void keeper.stop().then(() => pool.end()).finally(() => send({ kind: 'stopped' }));
    return;
  }
  const { id, plan, params, concepts } = request;
  keeper.fresh().then(
    (index) => send({ kind: 'result', id, result: index.search(plan, params, params.today, params.page, params.perPage, requiredMatches, concepts) }),
    (error: unknown) => send({ kind: 'result', id, error: (error as Error).message ?? String(error) }),
  );
});
