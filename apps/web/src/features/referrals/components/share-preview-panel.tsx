import type { ReferralShare, SharedResults } from '@groeiwijzer/contracts';
import { useT } from '../../../i18n';
import { CompanyProfile, type CompanyProfileData } from './company-profile';
import styles from './share-preview-panel.module.css';
import { SharedResultsView } from './shared-results-view';

interface SharePreviewPanelProps {
  organisation: CompanyProfileData | null;
  message: string;
  share: ReferralShare | null;
  /** What the choice shares, built from the report; null while it loads, failed, or for "niets". */
  shared: SharedResults | null;
  sharedStatus: 'idle' | 'loading' | 'failed' | 'ready';
  contact: { name: string; email: string } | null;
}

/** "Dit ziet de coach": the request as it will arrive, drawn with the coach's own components. */
export function SharePreviewPanel({ organisation, message, share, shared, sharedStatus, contact }: SharePreviewPanelProps) {
  const t = useT();
  return (
    <section className={styles.preview} aria-labelledby="ask-coach-preview-title">
      <h3 id="ask-coach-preview-title" className={styles.title}>
        {t('referrals.dialog.previewTitle')}
      </h3>
      <h4 className={styles.subtitle}>{t('referrals.dialog.previewCompany')}</h4>
      {organisation && <CompanyProfile organisation={organisation} />}
      <h4 className={styles.subtitle}>{t('referrals.dialog.previewMessage')}</h4>
      <p className={message.trim() ? styles.message : styles.empty}>{message.trim() || t('referrals.dialog.previewEmpty')}</p>
      <h4 className={styles.subtitle}>{t('referrals.dialog.previewResults')}</h4>
      {share === null || share === 'none' ? (
        <p>{t('referrals.dialog.previewNothing')}</p>
      ) : sharedStatus === 'loading' ? (
        <p role="status">{t('referrals.dialog.previewLoading')}</p>
      ) : sharedStatus === 'failed' || !shared ? (
        <p className={styles.problem}>{t('referrals.dialog.previewFailed')}</p>
      ) : (
        <SharedResultsView shared={shared} idPrefix="ask-coach-preview" />
      )}
      {contact && <p className={styles.contact}>{t('referrals.dialog.previewContact', contact)}</p>}
    </section>
  );
}
