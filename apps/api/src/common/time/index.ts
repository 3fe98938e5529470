export * from './amsterdam';
export * from './clock';
