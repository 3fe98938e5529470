// `@orama/stemmers` publishes its languages as package subpaths (exports) with ESM types, which
// this library's `moduleResolution: node` does not read and the API's node16 build would refuse
// to `require` (its CommonJS build, which Node loads, is fine): the types, as the package declares them.
declare module '@orama/stemmers/english' {
  export function stemmer(word: string): string;
  export const language: string;
}
declare module '@orama/stemmers/dutch' {
  export function stemmer(word: string): string;
  export const language: string;
}
