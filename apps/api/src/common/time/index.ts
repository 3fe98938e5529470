export * from './amsterdam';
export * from './clock';
export * from './format';
