import type { Item } from '@groeiwijzer/contracts';
import { plural, useLocale, useT } from '../../../i18n';
import { formatDate, formatShare } from '../../../lib/format';
import { formatEuro, languageName } from '../catalogue-format';
import { DetailRow, ValueList } from './detail-list';
import { useLabels } from './use-labels';
import pageStyles from '../../../ui/page.module.css';
import styles from './item-kind-details.module.css';

function SchemeDetails({ item }: { item: Item }) {
  const t = useT();
  const { locale } = useLocale();
  const scheme = item.scheme;
  const date = (iso: string) => formatDate(iso, locale);
  const windows = scheme?.windows ?? [];
  return (
    <section aria-labelledby="item-kind">
      <h2 id="item-kind">{t('catalogue.detail.scheme.title')}</h2>
      <dl className={pageStyles.details}>
        {scheme?.eligibility && <DetailRow label={t('catalogue.detail.scheme.eligibility')}>{scheme.eligibility}</DetailRow>}
        {typeof scheme?.fundingShare === 'number' && (
          <DetailRow label={t('catalogue.detail.scheme.funding')}>
            {t('catalogue.detail.scheme.fundingShare', { share: formatShare(scheme.fundingShare, locale) })}
          </DetailRow>
        )}
        {typeof scheme?.maxAmountEur === 'number' && (
          <DetailRow label={t('catalogue.detail.scheme.maxAmount')}>{formatEuro(scheme.maxAmountEur, locale)}</DetailRow>
        )}
        <DetailRow label={t('catalogue.detail.scheme.windows')}>
          {windows.length === 0 ? (
            t('catalogue.detail.scheme.noWindows')
          ) : (
            <ValueList
              values={windows.map((window) =>
                t('catalogue.detail.scheme.window', { opens: date(window.opens), closes: date(window.closes) }),
              )}
            />
          )}
        </DetailRow>
        {scheme?.startBy && <DetailRow label={t('catalogue.detail.scheme.startBy')}>{date(scheme.startBy)}</DetailRow>}
        {scheme?.completeBy && <DetailRow label={t('catalogue.detail.scheme.completeBy')}>{date(scheme.completeBy)}</DetailRow>}
      </dl>
    </section>
  );
}

function TrainingDetails({ item }: { item: Item }) {
  const t = useT();
  const { locale } = useLocale();
  const training = item.training;
  const startDates = training?.startDates ?? [];
  return (
    <section aria-labelledby="item-kind">
      <h2 id="item-kind">{t('catalogue.detail.training.title')}</h2>
      <dl className={pageStyles.details}>
        {typeof training?.durationHours === 'number' && (
          <DetailRow label={t('catalogue.detail.training.duration')}>{plural(t, 'catalogue.card.hours', training.durationHours)}</DetailRow>
        )}
        <DetailRow label={t('catalogue.detail.training.startDates')}>
          {startDates.length === 0 ? (
            t('catalogue.detail.training.noStartDates')
          ) : (
            <ValueList values={startDates.map((iso) => formatDate(iso, locale))} />
          )}
        </DetailRow>
      </dl>
    </section>
  );
}

function CoachDetails({ item }: { item: Item }) {
  const t = useT();
  const { locale } = useLocale();
  const labels = useLabels();
  const coach = item.coach;
  if (!coach) return null;
  const languages = (coach.languages ?? []).map((code) => languageName(code, locale));
  return (
    <section aria-labelledby="item-kind">
      <h2 id="item-kind">{t('catalogue.detail.coach.title')}</h2>
      <dl className={pageStyles.details}>
        <DetailRow label={t('catalogue.detail.coach.type')}>
          {labels.coachType(coach.coachType)}
          <span className={styles.detailsNote}>{t(`catalogue.coachTypeHint.${coach.coachType}`)}</span>
        </DetailRow>
        <DetailRow label={t('catalogue.detail.coach.experience')}>
          {coach.entrepreneurExperience ? t('catalogue.card.experienceYes') : t('catalogue.card.experienceNo')}
        </DetailRow>
        {languages.length > 0 && (
          <DetailRow label={t('catalogue.detail.coach.languages')}>
            <ValueList values={languages} />
          </DetailRow>
        )}
      </dl>
    </section>
  );
}

/** The part that differs per kind of offer. */
export function ItemKindDetails({ item }: { item: Item }) {
  switch (item.kind) {
    case 'scheme':
      return <SchemeDetails item={item} />;
    case 'training':
      return <TrainingDetails item={item} />;
    case 'coach':
      return <CoachDetails item={item} />;
  }
}
