import type { nl } from './nl';

/** A catalogue of messages: nested objects with string leaves. */
export interface Messages {
  readonly [key: string]: string | Messages;
}

/** Same shape as a source catalogue, with any string at the leaves. */
export type Widen<T> = { readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Catalogue = Widen<typeof nl>;

/** Every dotted path to a string leaf, e.g. `auth.login.title`. */
export type Paths<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${Paths<T[K]>}`;
}[keyof T & string];
export type MessageKey = Paths<typeof nl>;

export type Vars = Readonly<Record<string, string | number>>;

export function lookup(messages: Messages, key: string): string | undefined {
  let node: string | Messages | undefined = messages;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, part)) return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Replaces `{name}` placeholders; unknown placeholders stay visible so they get noticed. */
export function interpolate(template: string, vars?: Vars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : match,
  );
}

/** Looks a key up in the catalogue, then in the fallback catalogue, else shows the key itself. */
export function translate(catalogue: Messages, key: string, vars?: Vars, fallback?: Messages): string {
  const message = lookup(catalogue, key) ?? (fallback ? lookup(fallback, key) : undefined);
  return interpolate(message ?? key, vars);
}

/** All dotted leaf paths of a catalogue, for completeness checks. */
export function leafKeys(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? [path] : leafKeys(value, path);
  });
}
