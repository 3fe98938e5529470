import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router-dom';
import type { Locale } from '@groeiwijzer/domain';
import { LocaleProvider } from '../../../i18n';
import type { PlatformOverview } from '../platform-overview-model';
import { PlatformFigures } from './platform-overview-page';

const data: PlatformOverview = {
  organisations: { total: 1234, withReadyRound: 7 },
  rounds: { open: 3, ready: 7, withheld: 2 },
  invitations: { sent: 200, responded: 137, responseRate: 0.69 },
  referrals: { accepted: 4, requested: 1 },
  mail: { sent: 2500, dead: 1 },
  searchesPerDay: [{ day: '2026-03-02', searches: 12, unmet: 3 }],
  regions: [
    { region: 'twente', organisations: 9 },
    { region: 'achterhoek', reason: 'too_few' },
    { region: 'regio-zonder-woord', reason: 'something_new' },
  ],
  threshold: 5,
};

function render(locale: Locale = 'nl') {
  return renderToStaticMarkup(
    <MemoryRouter>
      <LocaleProvider initialLocale={locale}>
        <PlatformFigures data={data} />
      </LocaleProvider>
    </MemoryRouter>,
  );
}

describe('PlatformFigures', () => {
  it('shows every count in captioned tables with row headers, numbers formatted for the locale', () => {
    const html = render();
    expect(html).toContain('<caption id="platform-use-caption">Organisaties, rondes en uitnodigingen</caption>');
    expect(html).toContain('<th scope="row">Organisaties</th><td class="num">1.234</td>');
    expect(html).toContain('<th scope="row">Rondes zonder uitslag</th><td class="num">2</td>');
    expect(html).toContain('<th scope="row">Respons</th><td class="num">69%</td>');
    expect(html).toContain('<th scope="row">Aangenomen</th><td class="num">4</td>');
    expect(html).toContain('<th scope="row">Afgerond</th><td class="num">0</td>');
    expect(html).toContain('<th scope="row">Verstuurd</th><td class="num">2.500</td>');
    expect(html).toContain('href="/beheer/mail"');
    expect(html).toContain('<th scope="row">2 maart 2026</th><td class="num">12</td><td class="num">3</td>');
    expect(html).toContain('<th scope="col" class="num">Zoekopdrachten</th>');
    expect(render('en')).toContain('<th scope="row">Organisations</th><td class="num">1,234</td>');
  });

  it('shows a number only for a region the grid shows; a hidden region gets its reason', () => {
    const html = render();
    expect(html).toContain('<th scope="row">Twente</th><td class="num">9</td>');
    expect(html).toContain('<th scope="row">Achterhoek</th><td class="num adminHidden">Verborgen: minder dan 5 organisaties</td>');
    expect(html).toContain('<td class="num adminHidden">Verborgen</td>');
    expect(render('en')).toContain('<th scope="row">Achterhoek</th><td class="num adminHidden">Hidden: fewer than 5 organisations</td>');
  });
});
