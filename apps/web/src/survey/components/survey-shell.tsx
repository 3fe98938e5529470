import type { ReactNode } from 'react';
import type { Locale } from '@groeiwijzer/domain';
import type { SurveyT } from '../../i18n/survey';
import { LanguageButtons } from '../../ui/language-buttons';
import { cx } from '../../ui/cx';
import layoutStyles from '../../app/layout.module.css';
import siteHeaderStyles from '../../ui/site-header.module.css';
import styles from './survey-shell.module.css';

// Not imported from the domain library: its index would pull reference data into this bundle.
const LOCALES: readonly Locale[] = ['nl', 'en'];

interface SurveyShellProps {
  t: SurveyT;
  locale: Locale;
  onLocaleChange: (locale: Locale) => void;
  children: ReactNode;
}

/** Header with the language switch, and the main landmark. No links away: respondents stay here. */
export function SurveyShell({ t, locale, onLocaleChange, children }: SurveyShellProps) {
  return (
    <>
      <header className={siteHeaderStyles.siteHeader}>
        <div className={siteHeaderStyles.siteHeaderInner}>
          <span className={siteHeaderStyles.brand}>{t('app.name')}</span>
          <div className={cx(siteHeaderStyles.siteHeaderTools, styles.surveyTools)}>
            <LanguageButtons label={t('language.label')} locales={LOCALES} locale={locale} nameOf={(option) => t(`language.${option}`)} onChoose={onLocaleChange} />
          </div>
        </div>
      </header>
      <main id="main" className={cx(layoutStyles.siteMain, styles.surveyMain)} tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
