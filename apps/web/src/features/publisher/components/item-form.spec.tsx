import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router-dom';
import { LocaleProvider } from '../../../i18n';
import { NO_FORM_ERRORS, type FormErrors } from '../../../lib/form-errors';
import { emptyItemValues } from '../item-form-values';
import { ItemForm } from './item-form';

function render(kind: 'scheme' | 'training' | 'coach', errors: FormErrors = NO_FORM_ERRORS) {
  return renderToStaticMarkup(
    <LocaleProvider initialLocale="nl">
      <MemoryRouter>
        <ItemForm
          initialValues={emptyItemValues(kind)}
          submitLabel="Opslaan als concept"
          busy={false}
          errors={errors}
          submitKey={1}
          cancelTo="/uitgever/p1"
          onSubmit={() => undefined}
        />
      </MemoryRouter>
    </LocaleProvider>,
  );
}

describe('ItemForm', () => {
  it('labels the common fields and the fields of a scheme', () => {
    const html = render('scheme');
    for (const label of ['Titel', 'Korte samenvatting', 'Beschrijving', 'Aanbieder', 'Vergoeding in procent', 'Open vanaf', 'Sluit op']) {
      expect(html).toContain(label);
    }
    expect(html).toContain('<label class="fieldLabel" for="item-title">Titel</label>');
    expect(html).toContain('<legend class="choiceGroupLegend">Onderwerpen</legend>');
    expect(html).toContain('id="item-regions-landelijk"');
    expect(html).toContain('id="item-scheme-windows-0-closes"');
    expect(html).not.toContain('id="item-coach-capacity"');
    expect(html).not.toContain('role="alert"');
  });

  it('shows the API’s problems next to their fields, nested ones too, and the rest in the summary', () => {
    const html = render('scheme', {
      summary: 'Niet alle velden zijn goed ingevuld.',
      fields: {
        title: 'Vul dit in.',
        'aspects.0': 'Kies een bestaand onderwerp.',
        'scheme.windows.0.closes': 'Deze datum ligt voor de opening.',
        mystery: 'Dit veld kennen we niet.',
      },
    });
    expect(html).toContain('role="alert"');
    expect(html).toContain('Niet alle velden zijn goed ingevuld.');
    expect(html).toMatch(/<p class="fieldError" id="item-scheme-windows-0-closes-error">.*Deze datum ligt voor de opening\.<\/p>/);
    expect(html).toMatch(/id="item-scheme-windows-0-closes"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="item-scheme-windows-0-closes"/);
    expect(html).toContain('id="item-title-error"');
    expect(html).toContain('id="item-aspects-error"');
    expect(html).toContain('href="#item-scheme-windows-0-closes">Periode 1 – Sluit op: Deze datum ligt voor de opening.</a>');
    expect(html).toContain('<li>mystery: Dit veld kennen we niet.</li>');
  });

  it('shows the coach fields for a coach', () => {
    const html = render('coach', { summary: 'Fout', fields: { 'coach.capacity': 'Minimaal 1.' } });
    expect(html).toContain('<label class="fieldLabel" for="item-coach-capacity">Aanvragen tegelijk</label>');
    expect(html).toContain('id="item-coach-capacity-error"');
    expect(html).toContain('Heeft zelf een bedrijf gehad');
  });
});
