import type { AspectKey } from '@groeiwijzer/domain';
import { axisPoint, ringPoints, seriesShape, type RadarLayout } from '../radar-geometry';
import type { AspectValues } from '../report-model';
import { cx, variant as modifier } from '../../../ui/cx';
import styles from './radar-chart.module.css';

export type SeriesVariant = 'employees' | 'owner' | 'benchmark';

export interface RadarSeries {
  variant: SeriesVariant;
  label: string;
  values: AspectValues;
}

interface RadarChartProps {
  keys: readonly AspectKey[];
  series: readonly RadarSeries[];
  /** The accessible name: what the chart shows, with its numbers. */
  summary: string;
}

const SIZE = 360;
const LAYOUT: RadarLayout = { cx: SIZE / 2, cy: SIZE / 2, radius: 138, min: 0, max: 5 };
const RINGS = [1, 2, 3, 4, 5];

/** The six aspects as a radar: one polygon per series on the 1–5 scale. Axes carry numbers that
 * match the table beside it (full names do not fit on a phone). Dash patterns tell the series
 * apart without colour. */
export function RadarChart({ keys, series, summary }: RadarChartProps) {
  const count = keys.length;
  return (
    <svg className={styles.radar} viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-label={summary} focusable="false">
      <g className={styles.radarGrid}>
        {RINGS.map((value) => (
          <polygon key={value} points={ringPoints(LAYOUT, count, value)} />
        ))}
        {keys.map((key, index) => {
          const end = axisPoint(LAYOUT, index, count, LAYOUT.radius);
          return <line key={key} x1={LAYOUT.cx} y1={LAYOUT.cy} x2={end.x} y2={end.y} />;
        })}
      </g>
      <g className={styles.radarScale} aria-hidden="true">
        {RINGS.map((value) => (
          <text key={value} x={LAYOUT.cx + 4} y={LAYOUT.cy - (LAYOUT.radius * value) / LAYOUT.max + 12}>
            {value}
          </text>
        ))}
      </g>
      {series.map((entry) => {
        const shape = seriesShape(
          LAYOUT,
          keys.map((key) => entry.values[key]),
        );
        return (
          <g key={entry.variant} className={cx(styles.radarSeries, modifier(styles, 'radarSeries', entry.variant))}>
            {shape.points && <polygon points={shape.points} />}
            {shape.markers.map((marker) => (
              <circle key={marker.index} cx={marker.x} cy={marker.y} r={entry.variant === 'employees' ? 4.5 : 3.5} />
            ))}
          </g>
        );
      })}
      <g className={styles.radarAxes}>
        {keys.map((key, index) => {
          const at = axisPoint(LAYOUT, index, count, LAYOUT.radius + 18);
          return (
            <g key={key}>
              <circle cx={at.x} cy={at.y} r={13} />
              <text x={at.x} y={at.y} dy="0.35em" textAnchor="middle">
                {index + 1}
              </text>
            </g>
          );
        })}
      </g>
    </svg>
  );
}

/** A short line in the style of a series, for legends. */
export function SeriesSwatch({ variant }: { variant: SeriesVariant }) {
  return (
    <svg className={cx(styles.swatch, modifier(styles, 'radarSeries', variant))} viewBox="0 0 36 12" width="36" height="12" aria-hidden="true" focusable="false">
      <line x1="2" y1="6" x2="34" y2="6" />
      <circle cx="18" cy="6" r="3.5" />
    </svg>
  );
}
