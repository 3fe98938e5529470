import type { Recommendation } from '@groeiwijzer/contracts';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router-dom';
import { LocaleProvider } from '../../../i18n';
import { RecommendationCard } from './recommendation-card';

const rec = (over: Partial<Recommendation> = {}, item: Partial<Recommendation['item']> = {}): Recommendation => ({
  item: {
    id: 'c1', kind: 'coach', title: 'Ingrid Hofstede, consularis', summary: 'Oud-ondernemer.', provider: 'Consularis Oost', publisherName: 'Oost',
    aspects: ['leadership'], regions: ['twente'], url: null, contactEmail: null, costEur: null, format: null, language: 'nl', validUntil: null,
    verifiedOn: '2026-01-10', window: null, fundingShare: null, maxAmountEur: null, durationHours: null, coachType: 'consularis',
    entrepreneurExperience: true, freePlaces: 2, ...item,
  },
  aspect: 'leadership',
  score: 63.4,
  reasons: [
    { code: 'fit_primary', text: 'Vooral gericht op: Leiderschap.', weight: 30 },
    { code: 'entrepreneur', text: 'Was zelf ondernemer.', weight: 10 },
    { code: 'nationwide', text: 'Landelijk aanbod.' },
  ],
  eligibility: [
    { criterion: 'region', result: 'pass', text: 'In jullie regio (Twente)' },
    { criterion: 'capacity', result: 'pass', text: 'Heeft nog plek' },
  ],
  inPlan: false,
  ...over,
});

function render(recommendation: Recommendation, withAsk = true) {
  return renderToStaticMarkup(
    <LocaleProvider initialLocale="nl">
      <MemoryRouter>
        <RecommendationCard
          rec={recommendation}
          today="2026-03-10"
          planHref="/organisaties/o1/plan"
          adding={false}
          focusInPlan={false}
          onAdd={() => undefined}
          onDismiss={() => undefined}
          onAsk={withAsk ? () => undefined : undefined}
        />
      </MemoryRouter>
    </LocaleProvider>,
  );
}

describe('a recommendation card', () => {
  it('links the title to the item page and says who offers it', () => {
    const html = render(rec());
    expect(html).toContain('<a href="/catalogus/c1" data-discover="true">Ingrid Hofstede, consularis</a>');
    expect(html).toContain('Door Consularis Oost');
    expect(html).toContain('Nog 2 plekken vrij');
  });

  it('explains "waarom zie ik dit?" with each factor\'s points, and information without points', () => {
    const html = render(rec());
    expect(html).toContain('<summary');
    expect(html).toContain('Waarom zie ik dit?');
    expect(html).toMatch(/Vooral gericht op: Leiderschap\.[\s\S]*\+30[\s\S]*Was zelf ondernemer\.[\s\S]*\+10/);
    expect(html).toMatch(/Landelijk aanbod\.<\/span><span[^>]*>Ter informatie/);
    expect(html).toContain('Samen 63 punten.');
  });

  it('says that it fits, rule by rule, with the result in words for screen readers', () => {
    const html = render(rec());
    expect(html).toContain('Past bij jullie:');
    expect(html).toMatch(/✓<\/span><span><span class="visually-hidden">voldoet: <\/span>In jullie regio \(Twente\)/);
  });

  it('names each button with the item, offers "Vraag hulp" on a coach, and shows "In je plan" once planned', () => {
    const html = render(rec());
    expect(html).toContain('aria-label="Zet in plan: Ingrid Hofstede, consularis"');
    expect(html).toContain('aria-label="Vraag hulp: Ingrid Hofstede, consularis"');
    expect(html).toContain('aria-label="Niet relevant: Ingrid Hofstede, consularis"');
    const planned = render(rec({ inPlan: true }));
    expect(planned).not.toContain('Zet in plan');
    expect(planned).toContain('<a href="/organisaties/o1/plan" data-discover="true">In je plan</a>');
    expect(render(rec({}, { kind: 'training', coachType: null, freePlaces: null }), false)).not.toContain('Vraag hulp');
  });

  it('words a scheme\'s window as open until its last day, or opening later', () => {
    const scheme = (opens: string) => render(rec({}, { kind: 'scheme', coachType: null, freePlaces: null, window: { opens, closes: '2026-03-31' } }), false);
    expect(scheme('2026-03-01')).toContain('Aanvragen kan tot en met 31 maart 2026');
    expect(scheme('2026-03-20')).toContain('Aanvragen kan van 20 maart 2026 tot en met 31 maart 2026');
  });
});
