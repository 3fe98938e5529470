import { renderToStaticMarkup } from 'react-dom/server';
import { LocaleProvider } from '../i18n';
import { fieldDescriptionIds } from './field';
import { TextField } from './text-field';

describe('fieldDescriptionIds', () => {
  it('links hint and error only when they are there', () => {
    expect(fieldDescriptionIds('x')).toEqual({ hintId: undefined, errorId: undefined, describedBy: undefined });
    expect(fieldDescriptionIds('x', 'hint', 'error').describedBy).toBe('x-hint x-error');
    expect(fieldDescriptionIds('x', undefined, 'error').describedBy).toBe('x-error');
  });
});

describe('TextField', () => {
  const render = (error?: string) =>
    renderToStaticMarkup(
      <LocaleProvider initialLocale="nl">
        <TextField id="register-password" name="password" label="Wachtwoord" hint="minimaal 12 tekens" error={error} />
      </LocaleProvider>,
    );

  it('labels the input and describes it with the hint', () => {
    const html = render();
    expect(html).toContain('<label class="fieldLabel" for="register-password">Wachtwoord</label>');
    expect(html).toContain('aria-describedby="register-password-hint"');
    expect(html).not.toContain('aria-invalid');
  });

  it('marks the input invalid and points to the error text', () => {
    const html = render('Gebruik minimaal 12 tekens.');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('aria-describedby="register-password-hint register-password-error"');
    expect(html).toContain('id="register-password-error"');
    expect(html).toContain('Gebruik minimaal 12 tekens.');
  });
});
