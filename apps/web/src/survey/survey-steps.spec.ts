import type { InstrumentResponse } from '@groeiwijzer/contracts';
import { ASPECTS, INSTRUMENT_V1 } from '@groeiwijzer/domain';
import { problemFromStatus } from './survey-api';
import { buildSteps, firstOpenStep, MAX_COMMENT_LENGTH, toSubmission, totalSteps, unansweredItems } from './survey-steps';

const instrument: InstrumentResponse = {
  ...INSTRUMENT_V1,
  aspects: ASPECTS.map(({ key, nl, en }) => ({ key, nl, en })),
};
const allAnswered = Object.fromEntries(instrument.items.map((item) => [item.id, 3]));

describe('questionnaire screens', () => {
  const steps = buildSteps(instrument);

  it('gives one screen per aspect, in model order, then the closing screen: 7 steps', () => {
    expect(steps.map((step) => step.aspect)).toEqual(ASPECTS.map((aspect) => aspect.key));
    expect(steps.every((step) => step.items.every((item) => item.aspect === step.aspect))).toBe(true);
    expect(steps.flatMap((step) => step.items)).toHaveLength(instrument.items.length);
    expect(totalSteps(steps)).toBe(7);
  });

  it('leaves out aspects without statements', () => {
    const partial = { ...instrument, items: instrument.items.filter((item) => item.aspect === 'leadership') };
    expect(buildSteps(partial).map((step) => step.aspect)).toEqual(['leadership']);
  });

  it('counts "don\'t know" as an answer, a missing id as open', () => {
    const items = steps[0].items;
    const answers = { [items[0].id]: null, [items[1].id]: 5 };
    expect(unansweredItems(items, answers).map((item) => item.id)).toEqual(items.slice(2).map((item) => item.id));
  });

  it('resumes at the first screen with an open statement', () => {
    expect(firstOpenStep(steps, {})).toBe(0);
    const firstTwo = Object.fromEntries([...steps[0].items, ...steps[1].items].map((item) => [item.id, 4]));
    expect(firstOpenStep(steps, firstTwo)).toBe(2);
    expect(firstOpenStep(steps, allAnswered)).toBe(steps.length);
  });
});

describe('toSubmission', () => {
  it('sends known statements, a trimmed comment and a known group', () => {
    const body = toSubmission(instrument, ['Winkel'], { ...allAnswered, xx9: 2, wc1: null }, '  Fijn werk  ', 'Winkel');
    expect(Object.keys(body.answers)).toHaveLength(instrument.items.length);
    expect(body.answers.wc1).toBeNull();
    expect(body.answers).not.toHaveProperty('xx9');
    expect(body.comment).toBe('Fijn werk');
    expect(body.group).toBe('Winkel');
  });

  it('leaves out an empty comment and a group that is not one of the round\'s', () => {
    const body = toSubmission(instrument, ['Winkel'], allAnswered, '   ', 'Kantoor');
    expect(body).not.toHaveProperty('comment');
    expect(body).not.toHaveProperty('group');
    expect(toSubmission(instrument, [], allAnswered, '', '')).toEqual({ answers: allAnswered });
  });

  it('cuts an overlong comment', () => {
    expect(toSubmission(instrument, [], {}, 'a'.repeat(MAX_COMMENT_LENGTH + 10), '').comment).toHaveLength(MAX_COMMENT_LENGTH);
  });
});

describe('problemFromStatus', () => {
  it('tells an unknown link, a used personal link and a closed round apart', () => {
    expect(problemFromStatus(404)).toBe('not_found');
    expect(problemFromStatus(409)).toBe('already_answered');
    expect(problemFromStatus(410)).toBe('round_closed');
    expect(problemFromStatus(400)).toBe('invalid');
    expect(problemFromStatus(0)).toBe('network');
    expect(problemFromStatus(500)).toBe('unknown');
    expect(problemFromStatus(422, 'round_closed')).toBe('round_closed');
  });
});
