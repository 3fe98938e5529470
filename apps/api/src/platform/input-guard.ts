import { type MessageKey } from '../i18n';

/** Deeper than any body the API accepts (an import row with scheme windows is 4 levels). */
export const MAX_JSON_DEPTH = 32;

export type InputProblem =
  | { kind: 'too_deep' }
  | { kind: 'text'; field: string; key: Extract<MessageKey, 'field_nul' | 'field_unpaired_surrogate'> };

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function textProblem(text: string): 'field_nul' | 'field_unpaired_surrogate' | null {
  if (text.includes('\u0000')) return 'field_nul'; // PostgreSQL cannot store it in text
  if (UNPAIRED_SURROGATE.test(text)) return 'field_unpaired_surrogate'; // not valid UTF-8 either
  return null;
}

/** Walks parsed input (a JSON body, a query, path parameters) without recursion, so that no
 * nesting depth can overflow the stack, and reports what the database or the validators would
 * trip over: nesting beyond MAX_JSON_DEPTH, a NUL character, an unpaired UTF-16 surrogate (in a
 * value or a key). Field names are the dotted path (`scheme.windows.0.opens`), `prefix` first. */
export function inspectInput(value: unknown, prefix = ''): InputProblem | null {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: prefix, depth: 0 }];
  while (stack.length) {
    const { value: current, path, depth } = stack.pop()!;
    if (typeof current === 'string') {
      const key = textProblem(current);
      if (key) return { kind: 'text', field: path || 'body', key };
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    if (depth >= MAX_JSON_DEPTH) return { kind: 'too_deep' };
    for (const [name, child] of Object.entries(current)) {
      const childPath = path ? `${path}.${name}` : name;
      const key = textProblem(name);
      if (key) return { kind: 'text', field: childPath, key };
      stack.push({ value: child, path: childPath, depth: depth + 1 });
    }
  }
  return null;
}
