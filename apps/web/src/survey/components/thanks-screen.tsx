import type { SurveyT } from '../../i18n/survey';
import { SurveyHeading } from './survey-heading';

export function ThanksScreen({ t, organisation }: { t: SurveyT; organisation: string }) {
  return (
    <div className="narrow survey-thanks">
      <SurveyHeading focus documentTitle={t('app.documentTitle', { page: t('thanks.title') })}>
        {t('thanks.title')}
      </SurveyHeading>
      <p className="lead" role="status">
        {t('thanks.text')}
      </p>
      <p>{t('thanks.next', { organisation })}</p>
    </div>
  );
}
