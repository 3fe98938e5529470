/** Geometry of a radar (spider) chart, kept free of React so it can be tested on its own. */
export interface RadarLayout {
  cx: number;
  cy: number;
  /** Distance from the centre to `max`. */
  radius: number;
  /** Value at the centre. */
  min: number;
  max: number;
}

export interface Point {
  x: number;
  y: number;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/** Angle of axis `index` of `count`: the first axis points straight up, the rest follow clockwise. */
export function axisAngle(index: number, count: number): number {
  if (count < 1) throw new RangeError('a radar chart needs at least one axis');
  return -Math.PI / 2 + (2 * Math.PI * index) / count;
}

/** Where a value lies on an axis; values outside min..max are clamped to the chart. */
export function radarPoint(layout: RadarLayout, index: number, count: number, value: number): Point {
  const clamped = Math.min(layout.max, Math.max(layout.min, value));
  const distance = (layout.radius * (clamped - layout.min)) / (layout.max - layout.min);
  const angle = axisAngle(index, count);
  return { x: round2(layout.cx + distance * Math.cos(angle)), y: round2(layout.cy + distance * Math.sin(angle)) };
}

/** A point at a distance from the centre along an axis (for axis ends and labels). */
export function axisPoint(layout: RadarLayout, index: number, count: number, distance: number): Point {
  const angle = axisAngle(index, count);
  return { x: round2(layout.cx + distance * Math.cos(angle)), y: round2(layout.cy + distance * Math.sin(angle)) };
}

export const toPoints = (points: readonly Point[]): string => points.map((p) => `${p.x},${p.y}`).join(' ');

/** The grid ring at one value: a polygon through that value on every axis. */
export function ringPoints(layout: RadarLayout, count: number, value: number): string {
  return toPoints(Array.from({ length: count }, (_, index) => radarPoint(layout, index, count, value)));
}

export interface SeriesShape {
  /** SVG `points` of the polygon through the known values ('' when fewer than 2 are known). */
  points: string;
  /** One marker per known value. */
  markers: (Point & { index: number; value: number })[];
}

/** The polygon of one series; unknown values (null/undefined) are skipped, not drawn at zero. */
export function seriesShape(layout: RadarLayout, values: readonly (number | null | undefined)[]): SeriesShape {
  const markers = values.flatMap((value, index) =>
    typeof value === 'number' && Number.isFinite(value)
      ? [{ ...radarPoint(layout, index, values.length, value), index, value }]
      : [],
  );
  return { points: markers.length >= 2 ? toPoints(markers) : '', markers };
}
