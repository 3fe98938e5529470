import { startTestPostgres } from '../../../api/src/testing/test-postgres';

export default () => startTestPostgres('e2e', Number(process.env.E2E_PG_PORT ?? 54332));
