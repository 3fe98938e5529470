import { interpolate, leafKeys, lookup, translate, type Messages } from './catalogue';
import { en } from './en';
import { nl } from './nl';

function leaves(messages: Messages): [string, string][] {
  return leafKeys(messages).map((key) => [key, lookup(messages, key) ?? '']);
}

describe('the catalogues', () => {
  it('have exactly the same keys in Dutch and English', () => {
    expect(leafKeys(en).sort()).toEqual(leafKeys(nl).sort());
  });

  it.each([
    ['nl', nl],
    ['en', en],
  ] as const)('have no empty strings (%s)', (_name, catalogue) => {
    const empty = leaves(catalogue).filter(([, value]) => value.trim() === '');
    expect(empty).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const [key, text] of leaves(nl)) {
      expect([key, placeholders(lookup(en, key) ?? '')]).toEqual([key, placeholders(text)]);
    }
  });

  it('carry the words the product promises', () => {
    expect(nl.auth.fields.passwordHint).toBe('minimaal 12 tekens');
    expect(nl.auth.login.magicLinkLink).toBe('Inloggen met een link per e-mail');
    expect(nl.auth.magicLink.sentTitle).toBe('Check je mail');
    expect(nl.nav.signOut).toBe('Uitloggen');
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
