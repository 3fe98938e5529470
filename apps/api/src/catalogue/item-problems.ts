import { type ItemProblem, regionsOutsidePublisher } from '@groeiwijzer/domain';
import { ValidationFailed } from '../common/app-error';
import { type MessageKey } from '../i18n';

/** The domain's problem codes are message keys of the API (checked here by the compiler). */
export function problemKey(problem: ItemProblem): MessageKey {
  return problem.code satisfies MessageKey;
}

export function itemValidationFailed(problems: ItemProblem[]): ValidationFailed {
  return new ValidationFailed(problems.map((p) => ({ field: p.field || 'body', key: problemKey(p), vars: p.vars ?? {} })));
}

/** The item's regions must be the publisher's own (docs/catalogue.md, "Regions"); null when they are. */
export function regionProblem(itemRegions: readonly string[], publisherRegions: readonly string[]): { field: 'regions'; key: MessageKey; vars: Record<string, string> } | null {
  const outside = regionsOutsidePublisher(itemRegions, publisherRegions);
  if (!outside.length) return null;
  return { field: 'regions', key: 'field_regions_not_publisher', vars: { allowed: publisherRegions.join(', '), value: outside.join(', ') } };
}

/** Refuses an item whose regions lie outside its publisher's (400 naming `regions`). */
export function assertPublisherRegions(itemRegions: readonly string[], publisherRegions: readonly string[]): void {
  const problem = regionProblem(itemRegions, publisherRegions);
  if (problem) throw new ValidationFailed([problem]);
}
