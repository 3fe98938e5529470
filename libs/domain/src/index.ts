export * from './aspects';
export * from './regions';
export * from './sectors';
export * from './size-class';
export * from './locale';
export * from './instrument';
export * from './scoring';
export * from './catalogue';
