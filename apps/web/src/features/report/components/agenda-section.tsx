import type { ReportReady } from '@groeiwijzer/contracts';
import { ASPECT_GUIDANCE, type AspectKey } from '@groeiwijzer/domain';
import { useLocale, useT } from '../../../i18n';
import { agendaAspects, aspectName } from '../report-model';
import reportStyles from '../report.module.css';
import styles from './agenda-section.module.css';

function AspectTopic({ aspect, kind }: { aspect: AspectKey; kind: 'strength' | 'weakSpot' }) {
  const t = useT();
  const { locale } = useLocale();
  const guidance = ASPECT_GUIDANCE[aspect];
  return (
    <li className={styles.agendaItem}>
      <h3 className={styles.agendaTitle}>
        {t(kind === 'strength' ? 'report.agenda.strongTopic' : 'report.agenda.weakTopic', { aspect: aspectName(aspect, locale) })}
        <span className={styles.agendaTime}>{t(kind === 'strength' ? 'report.agenda.strongTime' : 'report.agenda.weakTime')}</span>
      </h3>
      <p>{guidance[kind][locale]}</p>
      <p className={styles.agendaQuestionsLabel}>{t('report.agenda.questions')}</p>
      <ul>
        {guidance.questions[locale].map((question) => (
          <li key={question}>{question}</li>
        ))}
      </ul>
    </li>
  );
}

/** A ready-made plan for the follow-up session (vervolgsessie) with the team. */
export function AgendaSection({ report }: { report: ReportReady }) {
  const t = useT();
  const { strong, weak } = agendaAspects(report);
  return (
    <section aria-labelledby="report-agenda" className={reportStyles.reportSection}>
      <h2 id="report-agenda">{t('report.agenda.title')}</h2>
      <p>{t('report.agenda.intro')}</p>
      <ol className={styles.agendaList}>
        <li className={styles.agendaItem}>
          <h3 className={styles.agendaTitle}>
            {t('report.agenda.openingTopic')}
            <span className={styles.agendaTime}>{t('report.agenda.openingTime')}</span>
          </h3>
          <p>{t('report.agenda.openingText')}</p>
        </li>
        <li className={styles.agendaItem}>
          <h3 className={styles.agendaTitle}>
            {t('report.agenda.resultsTopic')}
            <span className={styles.agendaTime}>{t('report.agenda.resultsTime')}</span>
          </h3>
          <p>{t('report.agenda.resultsText')}</p>
        </li>
        {strong.map((aspect) => (
          <AspectTopic key={aspect} aspect={aspect} kind="strength" />
        ))}
        {weak.map((aspect) => (
          <AspectTopic key={aspect} aspect={aspect} kind="weakSpot" />
        ))}
        <li className={styles.agendaItem}>
          <h3 className={styles.agendaTitle}>
            {t('report.agenda.actionsTopic')}
            <span className={styles.agendaTime}>{t('report.agenda.actionsTime')}</span>
          </h3>
          <p>{t('report.agenda.actionsText')}</p>
        </li>
      </ol>
    </section>
  );
}
