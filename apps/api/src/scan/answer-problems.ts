import { getInstrument, validateAnswers } from '@groeiwijzer/domain';
import { type MessageKey } from '../i18n';

/** Problems with answers to a questionnaire version, named per statement (`answers.wc1`). */
export function answerProblems(instrumentVersion: number, answers: Record<string, unknown>): { field: string; key: MessageKey; vars: Record<string, never> }[] {
  return Object.entries(validateAnswers(getInstrument(instrumentVersion), answers)).map(([item, problem]) => ({
    field: `answers.${item}`,
    key: problem === 'unknown_item' ? 'field_answer_unknown' : 'field_answer_value',
    vars: {},
  }));
}
