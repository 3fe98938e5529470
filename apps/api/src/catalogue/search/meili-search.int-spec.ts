import { randomBytes } from 'node:crypto';
import { searchContract } from '../../testing/search-contract';

/** The same contract against a real Meilisearch, whenever MEILI_URL points to one. None can be
 * installed on the CI machine, so there it is reported as skipped. */
const url = process.env.MEILI_URL;
if (url) {
  searchContract('meilisearch', {
    MEILI_URL: url, ...(process.env.MEILI_KEY ? { MEILI_KEY: process.env.MEILI_KEY } : {}),
    MEILI_INDEX: `gw-test-${randomBytes(4).toString('hex')}`, SEARCH_SYNC_POLL_MS: '50',
  });
} else {
  describe('search contract: meilisearch', () => {
    it.skip('needs MEILI_URL pointing to a Meilisearch server', () => undefined);
  });
}
