/** Joins the class names that apply (CSS module classes, conditionally), skipping the rest. */
export function cx(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}

/** The module class of a modifier named by a value, e.g. `variant(styles, 'badge', 'open')` is
 * `styles.badgeOpen` (a kebab-case value is camel-cased: 'weak-spot' → `badgeWeakSpot`). */
export function variant(styles: Readonly<Record<string, string>>, base: string, value: string | number): string | undefined {
  const suffix = String(value).replace(/(^|[-_])([a-z0-9])/g, (_, _sep: string, c: string) => c.toUpperCase());
  return styles[`${base}${suffix}`];
}
