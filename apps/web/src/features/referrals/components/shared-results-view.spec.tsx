import type { SharedResults } from '@groeiwijzer/contracts';
import { renderToStaticMarkup } from 'react-dom/server';
import { LocaleProvider } from '../../../i18n';
import { SharedResultsView } from './shared-results-view';

const summary: SharedResults = {
  roundId: 'r1', roundTitle: 'Voorjaarsscan', closedAt: '2026-03-01T17:00:00Z', respondents: 6,
  aspects: [{ key: 'work_content', mean: 4.1 }, { key: 'leadership', mean: 2.4 }],
  strengths: ['work_content'], weakSpots: ['leadership'], report: null,
};
const report: SharedResults = {
  ...summary,
  report: {
    aspects: [{ key: 'leadership', mean: 2.4, sd: 0.9, favourable: 0.2, distribution: [2, 2, 1, 1, 0], n: 6 }],
    gaps: [{ key: 'leadership', employees: 2.4, owner: 4, gap: 1.6 }],
  },
};
const render = (shared: SharedResults) =>
  renderToStaticMarkup(
    <LocaleProvider initialLocale="nl">
      <SharedResultsView shared={shared} idPrefix="t" />
    </LocaleProvider>,
  );

describe('what the coach sees of the scan (and the owner previews)', () => {
  it('shows the summary: the round, a captioned table of means, strengths and weak spots', () => {
    const html = render(summary);
    expect(html).toContain('Uit de scan ‘Voorjaarsscan’, gesloten op 1 maart 2026. 6 medewerkers vulden de vragenlijst in.');
    expect(html).toContain('<caption id="t-means">Gemiddelde score per onderwerp (van 1 tot 5)</caption>');
    expect(html).toMatch(/<th scope="row">Leiderschap gericht op ontwikkelen<\/th><td class="num">2,4<\/td>/);
    expect(html).toMatch(/Sterke punten<\/dt><dd>Inhoud van het werk<\/dd>/);
    expect(html).toMatch(/Aandachtspunten<\/dt><dd>Leiderschap gericht op ontwikkelen<\/dd>/);
    expect(html).not.toContain('Hoe de antwoorden verdeeld zijn');
  });

  it('adds for the full report the spread of answers (in words too) and the owner–employee gap', () => {
    const html = render(report);
    expect(html).toContain('Hoe de antwoorden verdeeld zijn');
    expect(html).toMatch(/role="img" aria-label="Verdeling van de antwoorden: [^"]*2[^"]*"/);
    expect(html).toContain('20% is het (helemaal) eens');
    expect(html).toMatch(/<td class="num">2,4<\/td><td class="num">4,0<\/td><td class="num">\+1,6<\/td>/);
  });
});
