import type { SurveyT } from '../../i18n/survey';
import { SurveyHeading } from './survey-heading';
import pageStyles from '../../ui/page.module.css';

export function ThanksScreen({ t, organisation }: { t: SurveyT; organisation: string }) {
  return (
    <div className={pageStyles.narrow}>
      <SurveyHeading focus documentTitle={t('app.documentTitle', { page: t('thanks.title') })}>
        {t('thanks.title')}
      </SurveyHeading>
      <p className={pageStyles.lead} role="status">
        {t('thanks.text')}
      </p>
      <p>{t('thanks.next', { organisation })}</p>
    </div>
  );
}
