import { ASPECT_KEYS } from '../aspects';
import {
  ASPECT_GUIDANCE,
  CURRENT_INSTRUMENT_VERSION,
  INSTRUMENTS,
  getInstrument,
  itemText,
  validateAnswers,
} from './index';

const instrument = getInstrument(1);
const PREFIX = {
  work_content: 'wc',
  room_and_safety: 'rs',
  collaboration: 'co',
  leadership: 'le',
  learning_organisation: 'lo',
  outside_connection: 'oc',
} as const;

describe('instrument version 1', () => {
  it('is the current version and the only one', () => {
    expect(CURRENT_INSTRUMENT_VERSION).toBe(1);
    expect(Object.keys(INSTRUMENTS)).toEqual(['1']);
    expect(INSTRUMENTS[1]).toBe(instrument);
    expect(instrument.version).toBe(1);
  });

  it('has exactly 5 statements per aspect, with ids wc1..wc5, rs1..rs5 and so on', () => {
    expect(instrument.items).toHaveLength(30);
    for (const key of ASPECT_KEYS) {
      const ids = instrument.items.filter((item) => item.aspect === key).map((item) => item.id);
      expect(ids).toEqual([1, 2, 3, 4, 5].map((n) => `${PREFIX[key]}${n}`));
    }
  });

  it('has unique ids', () => {
    const ids = instrument.items.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has non-empty texts in both languages, also for the owner wording', () => {
    for (const item of instrument.items) {
      for (const text of [item.text, ...(item.ownerText ? [item.ownerText] : [])]) {
        expect(text.nl.trim()).not.toBe('');
        expect(text.en.trim()).not.toBe('');
      }
    }
  });

  it('words every Dutch statement positively, plainly and briefly', () => {
    for (const item of instrument.items) {
      for (const text of [item.text.nl, item.ownerText?.nl ?? '']) {
        expect(text).not.toMatch(/\b(niet|geen|nooit|nergens|niemand)\b/i);
        expect(text).not.toMatch(/leercultuur|competentie|ontwikkelplan/i);
        expect(text.split(/\s+/).length).toBeLessThanOrEqual(15);
      }
    }
  });

  it('gives the owner an own wording wherever the employee speaks about "mijn leidinggevende"', () => {
    for (const item of instrument.items.filter((i) => /leidinggevende/.test(i.text.nl))) {
      expect(item.ownerText?.nl).toMatch(/^Ik /);
    }
    const le1 = instrument.items.find((item) => item.id === 'le1');
    expect(le1 && itemText(le1, 'nl', 'owner')).toBe('Ik vraag mijn medewerkers wat ze willen leren.');
    expect(le1 && itemText(le1, 'en')).toBe('My manager asks me what I want to learn.');
    const co4 = instrument.items.find((item) => item.id === 'co4');
    expect(co4 && itemText(co4, 'nl', 'owner')).toBe(co4?.text.nl);
  });

  it('has a five-point agreement scale with a separate "don\'t know"', () => {
    expect(instrument.scale.min).toBe(1);
    expect(instrument.scale.max).toBe(5);
    expect(instrument.scale.labels.nl).toEqual(['Helemaal oneens', 'Oneens', 'Neutraal', 'Eens', 'Helemaal eens']);
    expect(instrument.scale.labels.en).toHaveLength(5);
    expect(instrument.scale.labels.en.every((label) => label.trim() !== '')).toBe(true);
    expect(instrument.scale.dontKnow).toEqual({
      nl: 'Weet ik niet / niet van toepassing',
      en: "Don't know / not applicable",
    });
  });

  it('cannot be edited at run time', () => {
    expect(Object.isFrozen(instrument)).toBe(true);
    expect(Object.isFrozen(instrument.items)).toBe(true);
    expect(Object.isFrozen(instrument.items[0].text)).toBe(true);
    expect(() => {
      (instrument.items[0].text as { nl: string }).nl = 'anders';
    }).toThrow(TypeError);
  });
});

describe('getInstrument', () => {
  it.each([0, 2, 1.5, -1, Number.NaN])('throws RangeError for version %p', (version) => {
    expect(() => getInstrument(version)).toThrow(RangeError);
  });
});

describe('ASPECT_GUIDANCE', () => {
  it('has a strength, a weak spot and 2–3 questions for every aspect, in both languages', () => {
    expect(Object.keys(ASPECT_GUIDANCE).sort()).toEqual([...ASPECT_KEYS].sort());
    for (const key of ASPECT_KEYS) {
      const guidance = ASPECT_GUIDANCE[key];
      for (const text of [guidance.strength, guidance.weakSpot]) {
        expect(text.nl.trim()).not.toBe('');
        expect(text.en.trim()).not.toBe('');
      }
      expect(guidance.questions.nl.length).toBeGreaterThanOrEqual(2);
      expect(guidance.questions.nl.length).toBeLessThanOrEqual(3);
      expect(guidance.questions.en).toHaveLength(guidance.questions.nl.length);
      for (const question of [...guidance.questions.nl, ...guidance.questions.en]) {
        expect(question).toMatch(/\?$/);
      }
    }
  });
});

describe('validateAnswers', () => {
  it('accepts answers 1..5 and null, and items left out', () => {
    expect(validateAnswers(instrument, {})).toEqual({});
    expect(validateAnswers(instrument, { wc1: 1, wc2: 5, rs1: null, oc5: 3 })).toEqual({});
  });

  it('reports unknown items and values off the scale, keyed by item id', () => {
    expect(
      validateAnswers(instrument, {
        wc1: 3,
        zz9: 4,
        WC2: 4,
        wc3: 0,
        wc4: 6,
        wc5: 2.5,
        rs1: '4',
        rs2: true,
        rs3: undefined,
        rs4: Number.NaN,
        rs5: [4],
        co1: null,
      }),
    ).toEqual({
      zz9: 'unknown_item',
      WC2: 'unknown_item',
      wc3: 'invalid_value',
      wc4: 'invalid_value',
      wc5: 'invalid_value',
      rs1: 'invalid_value',
      rs2: 'invalid_value',
      rs3: 'invalid_value',
      rs4: 'invalid_value',
      rs5: 'invalid_value',
    });
  });

  it('is not fooled by prototype keys', () => {
    const answers = JSON.parse('{"__proto__": 3, "constructor": 2, "wc1": 4}') as Record<string, unknown>;
    const problems = validateAnswers(instrument, answers);
    expect(Object.keys(problems).sort()).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(problems)).toBe(Object.prototype);
  });

  it('reports something other than an object as a problem with the answers', () => {
    expect(validateAnswers(instrument, null as unknown as Record<string, unknown>)).toEqual({ answers: 'invalid_value' });
    expect(validateAnswers(instrument, [3, 4] as unknown as Record<string, unknown>)).toEqual({
      answers: 'invalid_value',
    });
  });
});
