export * from './suppression';
export * from './demand-grid';
export * from './weakest';
export * from './gap-index';
export * from './unmet-searches';
export * from './quarters';
export * from './audit';
