import type { ItemKind } from '@groeiwijzer/contracts';
import { useT } from '../../../i18n';
import styles from './kind-badge.module.css';

/** "Regeling" / "Opleiding" / "Coach", each in its own colour (the colour is never the only cue). */
export function KindBadge({ kind }: { kind: ItemKind }) {
  const t = useT();
  return <span className={`${styles.badge} ${styles[kind]}`}>{t(`catalogue.kind.${kind}`)}</span>;
}
