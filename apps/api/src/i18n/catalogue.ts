/** The same shape as the Dutch catalogue, with any text at the leaves: the English catalogue is
 * typed with it, so a missing or extra key does not compile (as in the web app's i18n). */
export type Widen<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : T[K] extends readonly string[] ? readonly string[] : Widen<T[K]>;
};

export type Vars = Readonly<Record<string, string | number>>;

/** Replaces `{name}` placeholders; an unknown placeholder stays visible so that it gets noticed. */
export function fill(template: string, vars: Vars = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole,
  );
}
