import type { ReactNode } from 'react';
import styles from './detail-list.module.css';

/** One row of a definition list (`.details`): a label and its value. */
export function DetailRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** A plain list inside a value, or the one value on its own. */
export function ValueList({ values }: { values: readonly string[] }) {
  if (values.length === 1) return <>{values[0]}</>;
  return (
    <ul className={styles.valueList}>
      {values.map((value) => (
        <li key={value}>{value}</li>
      ))}
    </ul>
  );
}
