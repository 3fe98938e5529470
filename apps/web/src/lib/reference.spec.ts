import { REGIONS } from '@groeiwijzer/domain';
import { aspectNames, regionName, regionsByProvince, sectorLabel, sectorOptions } from './reference';

describe('regionsByProvince', () => {
  it('puts all 35 regions under the 12 provinces, each once', () => {
    const groups = regionsByProvince();
    expect(groups).toHaveLength(12);
    expect(groups.flatMap((g) => g.regions.map((r) => r.key)).sort()).toEqual(REGIONS.map((r) => r.key).sort());
    for (const group of groups) expect(group.regions.every((r) => r.province === group.province)).toBe(true);
  });

  it('sorts provinces and regions alphabetically', () => {
    const groups = regionsByProvince([
      { key: 'b', name: 'Zwolle', province: 'Overijssel' },
      { key: 'a', name: 'Achterhoek', province: 'Gelderland' },
      { key: 'c', name: 'Almelo', province: 'Overijssel' },
    ]);
    expect(groups.map((g) => [g.province, g.regions.map((r) => r.name)])).toEqual([
      ['Gelderland', ['Achterhoek']],
      ['Overijssel', ['Almelo', 'Zwolle']],
    ]);
  });
});

describe('labels per locale', () => {
  it('labels sectors in Dutch or English, in SBI order', () => {
    expect(sectorOptions('nl')[5]).toEqual({ value: 'F', label: 'Bouwnijverheid' });
    expect(sectorOptions('en')[5]).toEqual({ value: 'F', label: 'Construction' });
    expect(sectorOptions('nl')).toHaveLength(21);
    expect(sectorLabel('F', 'en')).toBe('Construction');
    expect(sectorLabel('?', 'nl')).toBe('?');
  });

  it('names regions and aspects', () => {
    expect(regionName('twente')).toBe('Twente');
    expect(regionName('unknown')).toBe('unknown');
    expect(aspectNames('nl')[0]).toEqual({ key: 'work_content', name: 'Inhoud van het werk' });
    expect(aspectNames('en')).toHaveLength(6);
  });
});
