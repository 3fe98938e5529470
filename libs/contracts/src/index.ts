export * from './errors';
export * from './auth';
export * from './organisations';
export * from './health';
export * from './scan';
export * from './catalogue';
export * from './publishers';
export * from './matching';
