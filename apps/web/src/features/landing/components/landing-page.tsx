import { useLocale, useT } from '../../../i18n';
import { aspectNames } from '../../../lib/reference';
import { ButtonLink, PageTitle } from '../../../ui';
import { useMe } from '../../auth/hooks/use-me';
import { cx } from '../../../ui/cx';
import landingStyles from '../landing.module.css';
import pageStyles from '../../../ui/page.module.css';

const STEPS = [
  ['landing.step1Title', 'landing.step1Text'],
  ['landing.step2Title', 'landing.step2Text'],
  ['landing.step3Title', 'landing.step3Text'],
  ['landing.step4Title', 'landing.step4Text'],
] as const;

export function LandingPage() {
  const t = useT();
  const { locale } = useLocale();
  const me = useMe();

  return (
    <>
      <section className={landingStyles.hero}>
        <PageTitle documentTitle={t('landing.documentTitle')}>{t('landing.title')}</PageTitle>
        <p className={cx(pageStyles.lead, landingStyles.lead)}>{t('landing.intro')}</p>
        {me.data ? (
          <ButtonLink to="/dashboard">{t('landing.ctaDashboard')}</ButtonLink>
        ) : (
          <>
            <ButtonLink to="/aanmelden">{t('landing.ctaStart')}</ButtonLink>
            <p className={landingStyles.heroNote}>{t('landing.ctaText')}</p>
          </>
        )}
      </section>

      <section aria-labelledby="landing-steps">
        <h2 id="landing-steps">{t('landing.stepsTitle')}</h2>
        <ol className={landingStyles.steps}>
          {STEPS.map(([title, text]) => (
            <li key={title} className={landingStyles.stepsItem}>
              <h3>{t(title)}</h3>
              <p>{t(text)}</p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="landing-aspects">
        <h2 id="landing-aspects">{t('landing.aspectsTitle')}</h2>
        <p>{t('landing.aspectsIntro')}</p>
        <ul className={landingStyles.aspects}>
          {aspectNames(locale).map((aspect) => (
            <li key={aspect.key}>{aspect.name}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="landing-privacy" className={pageStyles.panel}>
        <h2 id="landing-privacy">{t('landing.privacyTitle')}</h2>
        <p>{t('landing.privacyText')}</p>
      </section>
    </>
  );
}
