export * from './item-rules';
export * from './search-terms';
export * from './publisher-regions';
export * from './item-schema';
export * from './thesaurus';
