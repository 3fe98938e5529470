import { startTestPostgres } from './test-postgres';

export default () => startTestPostgres('test', Number(process.env.TEST_PG_PORT ?? 54331));
