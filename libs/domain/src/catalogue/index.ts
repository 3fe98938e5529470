export * from './item-rules';
export * from './search-terms';
