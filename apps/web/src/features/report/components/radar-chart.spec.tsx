import { renderToStaticMarkup } from 'react-dom/server';
import { ASPECT_KEYS } from '@groeiwijzer/domain';
import { RadarChart } from './radar-chart';

describe('RadarChart', () => {
  const html = renderToStaticMarkup(
    <RadarChart
      keys={ASPECT_KEYS}
      summary="Spinnenweb van de zes onderdelen. Medewerkers: Inhoud van het werk 3,8."
      series={[
        { variant: 'employees', label: 'Medewerkers', values: { work_content: 3.8, room_and_safety: 2.6, collaboration: 3.6 } },
        { variant: 'owner', label: 'Jouw inschatting', values: { work_content: 4.4 } },
      ]}
    />,
  );

  it('is one image with the numbers as its accessible name', () => {
    expect(html).toMatch(/^<svg[^>]* role="img" aria-label="Spinnenweb van de zes onderdelen\. Medewerkers: Inhoud van het werk 3,8\."/);
  });

  it('numbers the six axes and draws a ring per scale point', () => {
    for (let n = 1; n <= 6; n++) expect(html).toContain(`>${n}</text>`);
    expect(html.match(/<g class="radarGrid">(.*?)<\/g>/)?.[1].match(/<polygon/g)).toHaveLength(5);
  });

  it('draws a polygon only for series with at least two known values', () => {
    expect(html).toContain('radarSeriesEmployees"><polygon');
    expect(html).not.toContain('radarSeriesOwner"><polygon');
    expect(html.match(/radarSeriesOwner">(.*?)<\/g>/)?.[1].match(/<circle/g)).toHaveLength(1);
  });
});
