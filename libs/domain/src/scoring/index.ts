export * from './scores';
export * from './strengths';
export * from './anonymity';
export { roundTo } from './round';
