import { regionsOutsidePublisher } from './publisher-regions';

describe("a publisher's regions bound its items' regions", () => {
  it('accepts items within its own regions', () => {
    expect(regionsOutsidePublisher(['twente'], ['twente', 'achterhoek'])).toEqual([]);
    expect(regionsOutsidePublisher(['twente', 'achterhoek'], ['twente', 'achterhoek'])).toEqual([]);
  });

  it('names the regions outside them, landelijk included unless the publisher is nationwide', () => {
    expect(regionsOutsidePublisher(['twente', 'rijnmond'], ['twente'])).toEqual(['rijnmond']);
    expect(regionsOutsidePublisher(['landelijk'], ['twente'])).toEqual(['landelijk']);
    expect(regionsOutsidePublisher(['landelijk'], ['landelijk'])).toEqual([]);
    expect(regionsOutsidePublisher(['twente'], ['landelijk'])).toEqual(['twente']);
  });
});
