import type { ReferralShare } from '@groeiwijzer/contracts';
import { useT } from '../../../i18n';
import { fieldDescriptionIds } from '../../../ui/field';
import styles from './share-choice.module.css';
import fieldStyles from '../../../ui/field.module.css';

const SHARES: readonly ReferralShare[] = ['none', 'summary', 'report'];

interface ShareChoiceProps {
  id: string;
  value: ReferralShare | null;
  onChange: (share: ReferralShare) => void;
  /** Without a ready report only "niets" can be chosen; the others show why not. */
  available: readonly ReferralShare[];
  error?: string;
}

/** The explicit sharing choice: three radios, each saying in plain words what the coach gets. */
export function ShareChoice({ id, value, onChange, available, error }: ShareChoiceProps) {
  const t = useT();
  const onlyNothing = available.length === 1;
  const { hintId, errorId, describedBy } = fieldDescriptionIds(id, 'hint', error);
  return (
    <fieldset id={id} className={[styles.choice, error ? styles.error : ''].filter(Boolean).join(' ')} aria-describedby={describedBy}>
      <legend className={styles.legend}>{t('referrals.dialog.share')}</legend>
      <p className={fieldStyles.fieldHint} id={hintId}>
        {onlyNothing ? t('referrals.dialog.noScan') : t('referrals.dialog.shareHint')}
      </p>
      {error && (
        <p className={fieldStyles.fieldError} id={errorId}>
          <span className="visually-hidden">{t('common.errorPrefix')} </span>
          {error}
        </p>
      )}
      <div className={styles.options}>
        {SHARES.filter((share) => available.includes(share)).map((share) => (
          <div key={share} className={styles.option}>
            <input
              type="radio"
              id={`${id}-${share}`}
              name={`${id}-share`}
              value={share}
              checked={value === share}
              onChange={() => onChange(share)}
              aria-describedby={`${id}-${share}-hint`}
            />
            <span className={styles.text}>
              <label htmlFor={`${id}-${share}`} className={styles.label}>
                {t(`referrals.dialog.shares.${share}.label`)}
              </label>
              <span className={styles.hint} id={`${id}-${share}-hint`}>
                {t(`referrals.dialog.shares.${share}.hint`)}
              </span>
            </span>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
