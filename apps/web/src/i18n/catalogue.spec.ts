import { interpolate, leafKeys, lookup, translate, type Messages } from './catalogue';
import { en } from './en';
import { nl } from './nl';
import { surveyEn } from './survey/en';
import { surveyNl } from './survey/nl';

function leaves(messages: Messages): [string, string][] {
  return leafKeys(messages).map((key) => [key, lookup(messages, key) ?? '']);
}

const pairs = [
  ['app', nl, en],
  ['questionnaire', surveyNl, surveyEn],
] as const;

describe.each(pairs)('the %s catalogues', (_name, dutch, english) => {
  it('have exactly the same keys in Dutch and English', () => {
    expect(leafKeys(english).sort()).toEqual(leafKeys(dutch).sort());
  });

  it('have no empty strings', () => {
    const empty = [...leaves(dutch), ...leaves(english)].filter(([, value]) => value.trim() === '');
    expect(empty).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const [key, text] of leaves(dutch)) {
      expect([key, placeholders(lookup(english, key) ?? '')]).toEqual([key, placeholders(text)]);
    }
  });

  it('give every plural both forms, the plural one with {count}', () => {
    const keys = leafKeys(dutch);
    for (const key of keys.filter((k) => k.endsWith('.one') || k.endsWith('.other'))) {
      const stem = key.slice(0, key.lastIndexOf('.'));
      expect([key, keys.includes(`${stem}.one`) && keys.includes(`${stem}.other`)]).toEqual([key, true]);
      if (key.endsWith('.other')) expect([key, lookup(dutch, key)]).toEqual([key, expect.stringContaining('{count}')]);
    }
  });
});

describe('the catalogues', () => {
  it('carry the words the product promises', () => {
    expect(nl.auth.fields.passwordHint).toBe('minimaal 12 tekens');
    expect(nl.auth.login.magicLinkLink).toBe('Inloggen met een link per e-mail');
    expect(nl.auth.magicLink.sentTitle).toBe('Check je mail');
    expect(nl.nav.signOut).toBe('Uitloggen');
    expect(nl.scans.list.start).toBe('Nieuwe scan starten');
    expect(nl.report.actions.pdf).toBe('Download als PDF');
    expect(surveyNl.step.progress).toBe('Stap {step} van {total}');
    expect(surveyNl.welcome.durationTitle).toContain('minder dan 10 minuten');
  });
});

describe('interpolate', () => {
  it('fills named placeholders, also repeated ones and numbers', () => {
    expect(interpolate('Hallo {name}, {name}! Je hebt {count} berichten.', { name: 'Anna', count: 3 })).toBe(
      'Hallo Anna, Anna! Je hebt 3 berichten.',
    );
  });

  it('leaves unknown placeholders visible and text without vars untouched', () => {
    expect(interpolate('Hallo {name}', { other: 'x' })).toBe('Hallo {name}');
    expect(interpolate('Hallo {name}')).toBe('Hallo {name}');
  });
});

describe('translate', () => {
  const primary: Messages = { greeting: { hello: 'Hello {name}' }, only: { here: 'English only' } };
  const fallback: Messages = { greeting: { hello: 'Hallo {name}', bye: 'Tot ziens' } };

  it('looks up dotted keys and interpolates', () => {
    expect(translate(primary, 'greeting.hello', { name: 'Sam' })).toBe('Hello Sam');
    expect(translate(nl, 'dashboard.greeting', { name: 'Eva' })).toBe('Hallo Eva');
    expect(translate(en, 'dashboard.greeting', { name: 'Eva' })).toBe('Hello Eva');
  });

  it('falls back to the fallback catalogue, then to the key itself', () => {
    expect(translate(primary, 'greeting.bye', undefined, fallback)).toBe('Tot ziens');
    expect(translate(primary, 'greeting.missing', undefined, fallback)).toBe('greeting.missing');
    expect(translate(primary, 'nothing.at.all')).toBe('nothing.at.all');
  });

  it('does not return a branch or inherited property as a message', () => {
    expect(translate(primary, 'greeting')).toBe('greeting');
    expect(translate(primary, 'greeting.hello.deeper')).toBe('greeting.hello.deeper');
    expect(translate(primary, 'toString')).toBe('toString');
    expect(translate(primary, 'greeting.constructor')).toBe('greeting.constructor');
  });
});

describe('plural', () => {
  it('picks the singular for exactly 1 and fills in the count', async () => {
    const { makeT, plural } = await import('./index');
    const t = makeT('nl');
    expect(plural(t, 'report.scores.people', 1)).toBe('1 persoon');
    expect(plural(t, 'report.scores.people', 0)).toBe('0 mensen');
    expect(plural(makeT('en'), 'report.scores.people', 7)).toBe('7 people');
  });
});
