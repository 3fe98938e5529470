export { stopTestPostgres as default } from '../../../api/src/testing/test-postgres';
