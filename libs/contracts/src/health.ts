export interface HealthResponse {
  status: 'ok' | 'degraded';
  database: 'up' | 'down';
  search: 'postgres' | 'meilisearch';
  mail: 'smtp' | 'catcher';
}
