import { renderToStaticMarkup } from 'react-dom/server';
import { ScaleQuestion } from './scale-question';

const labels = ['Helemaal oneens', 'Oneens', 'Neutraal', 'Eens', 'Helemaal eens'];
const render = (value: number | null | undefined, error?: string) =>
  renderToStaticMarkup(
    <ScaleQuestion
      id="q-wc1"
      legend="Mijn werk is afwisselend."
      labels={labels}
      dontKnowLabel="Weet ik niet / niet van toepassing"
      value={value}
      onChange={() => undefined}
      error={error}
      errorPrefix="Fout:"
    />,
  );

describe('ScaleQuestion', () => {
  it('is a fieldset with the statement as legend and six labelled radios', () => {
    const html = render(undefined);
    expect(html).toContain('<legend class="scaleQuestionLegend">Mijn werk is afwisselend.</legend>');
    expect(html.match(/type="radio" name="q-wc1"/g)).toHaveLength(6);
    for (const label of [...labels, 'Weet ik niet / niet van toepassing']) expect(html).toContain(`<span>${label}</span>`);
    expect(html).not.toContain('checked');
  });

  it('checks "don\'t know" for null and the scale point for a number', () => {
    expect(render(null)).toMatch(/<input[^>]*checked=""[^>]*value="dont-know"/);
    expect(render(4)).toMatch(/<input[^>]*checked=""[^>]*value="4"/);
    expect(render(4).match(/checked=""/g)).toHaveLength(1);
  });

  it('describes the group with its error', () => {
    const html = render(undefined, 'Kies een antwoord.');
    expect(html).toContain('aria-describedby="q-wc1-error"');
    expect(html).toContain('id="q-wc1-error"');
  });
});
