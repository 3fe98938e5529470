export * from './types';
export * from './instrument';
export * from './guidance';
export { INSTRUMENT_V1 } from './v1';
