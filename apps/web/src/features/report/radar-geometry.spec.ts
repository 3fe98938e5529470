import { axisAngle, radarPoint, ringPoints, seriesShape, type RadarLayout } from './radar-geometry';

const layout: RadarLayout = { cx: 100, cy: 100, radius: 80, min: 0, max: 5 };

describe('radar geometry', () => {
  it('points the first axis straight up and goes round clockwise', () => {
    expect(axisAngle(0, 6)).toBeCloseTo(-Math.PI / 2);
    expect(axisAngle(3, 6)).toBeCloseTo(Math.PI / 2);
    expect(radarPoint(layout, 0, 6, 5)).toEqual({ x: 100, y: 20 });
    expect(radarPoint(layout, 3, 6, 5)).toEqual({ x: 100, y: 180 });
    // Axis 1 of 6 lies to the upper right: 30° above the horizontal.
    const p = radarPoint(layout, 1, 6, 5);
    expect(p.x).toBeCloseTo(100 + 80 * Math.cos(Math.PI / 6), 1);
    expect(p.y).toBeCloseTo(100 - 80 * Math.sin(Math.PI / 6), 1);
  });

  it('places values proportionally between centre and edge, clamped to the scale', () => {
    expect(radarPoint(layout, 0, 6, 0)).toEqual({ x: 100, y: 100 });
    expect(radarPoint(layout, 0, 6, 2.5)).toEqual({ x: 100, y: 60 });
    expect(radarPoint(layout, 0, 6, 9)).toEqual(radarPoint(layout, 0, 6, 5));
    expect(radarPoint(layout, 0, 6, -1)).toEqual({ x: 100, y: 100 });
  });

  it('draws a grid ring through every axis', () => {
    expect(ringPoints(layout, 4, 5)).toBe('100,20 180,100 100,180 20,100');
  });

  it('skips unknown values instead of drawing them at the centre', () => {
    const shape = seriesShape(layout, [5, null, 5, undefined]);
    expect(shape.markers.map((m) => m.index)).toEqual([0, 2]);
    expect(shape.points).toBe('100,20 100,180');
    expect(seriesShape(layout, [3, null]).points).toBe('');
  });

  it('refuses a chart without axes', () => {
    expect(() => axisAngle(0, 0)).toThrow(RangeError);
  });
});
