import type { ReportReady } from '@groeiwijzer/contracts';
import { plural, useT } from '../../../i18n';
import reportStyles from '../report.module.css';
import styles from './comments-section.module.css';

/** Employees' own words, as plain text, in random order (from the API). */
export function CommentsSection({ report }: { report: ReportReady }) {
  const t = useT();
  return (
    <section aria-labelledby="report-comments" className={reportStyles.reportSection}>
      <h2 id="report-comments">{t('report.comments.title')}</h2>
      {report.comments.length === 0 ? (
        <p>{t('report.comments.none')}</p>
      ) : (
        <>
          <p>{plural(t, 'report.comments.intro', report.comments.length)}</p>
          <ul className={styles.commentList}>
            {report.comments.map((comment, index) => (
              <li key={index}>
                <blockquote>{comment}</blockquote>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
