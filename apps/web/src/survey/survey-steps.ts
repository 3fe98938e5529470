import type { AnswerMap, InstrumentResponse, SurveySubmission } from '@groeiwijzer/contracts';
import type { AspectKey, InstrumentItem } from '@groeiwijzer/domain';

/** One screen of statements: all items of one aspect. */
export interface AspectStep {
  aspect: AspectKey;
  name: { nl: string; en: string };
  items: InstrumentItem[];
}

/** Longest comment we send; the API keeps comments short too. */
export const MAX_COMMENT_LENGTH = 2000;

/** The statements per aspect, in the instrument's aspect order; aspects without items are left out. */
export function buildSteps(instrument: InstrumentResponse): AspectStep[] {
  return instrument.aspects
    .map((aspect) => ({
      aspect: aspect.key,
      name: { nl: aspect.nl, en: aspect.en },
      items: instrument.items.filter((item) => item.aspect === aspect.key),
    }))
    .filter((step) => step.items.length > 0);
}

/** Screens with a step number: one per aspect and the closing screen (group, comment). */
export function totalSteps(steps: readonly AspectStep[]): number {
  return steps.length + 1;
}

/** Statements on a screen without an answer yet ("don't know" counts as an answer). */
export function unansweredItems(items: readonly InstrumentItem[], answers: AnswerMap): InstrumentItem[] {
  return items.filter((item) => !Object.prototype.hasOwnProperty.call(answers, item.id));
}

/** The first screen that still has an open statement, or the closing screen. */
export function firstOpenStep(steps: readonly AspectStep[], answers: AnswerMap): number {
  const open = steps.findIndex((step) => unansweredItems(step.items, answers).length > 0);
  return open === -1 ? steps.length : open;
}

/** What the API receives: only known statements, the comment trimmed (left out when empty),
 * and the group only when it is one of the round's groups. */
export function toSubmission(
  instrument: InstrumentResponse,
  groups: readonly string[],
  answers: AnswerMap,
  comment: string,
  group: string,
): SurveySubmission {
  const known: AnswerMap = {};
  for (const item of instrument.items) {
    if (Object.prototype.hasOwnProperty.call(answers, item.id)) known[item.id] = answers[item.id];
  }
  const submission: SurveySubmission = { answers: known };
  const trimmed = comment.trim().slice(0, MAX_COMMENT_LENGTH);
  if (trimmed) submission.comment = trimmed;
  if (group && groups.includes(group)) submission.group = group;
  return submission;
}
