import type { PublisherSummary } from '@groeiwijzer/contracts';
import { SIZE_CLASSES, type SizeClass } from '@groeiwijzer/domain';
import { type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useLocale, useT } from '../../../i18n';
import { isApiRequestError } from '../../../lib/api';
import { formatDateTime } from '../../../lib/format';
import { regionName, sectorOptions } from '../../../lib/reference';
import { Alert, Button, Loading, PageTitle, SelectField } from '../../../ui';
import { usePublisher } from '../../publisher/hooks/use-publisher';
import { PublisherLoadError } from '../../publisher/components/load-error';
import { useDemand } from '../hooks/use-demand';
import { useFunnel } from '../hooks/use-funnel';
import { type DemandFilters, demandQueryString, filtersFrom } from '../insights-model';
import { FunnelTable, TrendTable, UnmetSearches } from './demand-tables';
import { GapList } from './gap-list';
import { HeatMap } from './heat-map';
import styles from './insights-page.module.css';
import pageStyles from '../../../ui/page.module.css';

const CSV_TABLES = ['cells', 'gaps', 'pooling', 'unmet', 'trend'] as const;

function Filters({ publisher, filters, periods }: { publisher: PublisherSummary; filters: DemandFilters; periods: string[] }) {
  const t = useT();
  const { locale } = useLocale();
  const [, setParams] = useSearchParams();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setParams(demandQueryString(filtersFrom(new URLSearchParams([...data.entries()].map(([k, v]) => [k, String(v)])))));
  };
  const regions = publisher.regions.filter((r) => r !== 'landelijk');
  return (
    <form className={styles.filters} onSubmit={submit} aria-label={t('insights.page.filters')}>
      <SelectField id="f-region" name="region" label={t('insights.page.region')} defaultValue={filters.region ?? ''}>
        <option value="">{t('insights.page.allRegions')}</option>
        {regions.map((r) => (
          <option key={r} value={r}>{regionName(r)}</option>
        ))}
      </SelectField>
      <SelectField id="f-sector" name="sector" label={t('insights.page.sector')} defaultValue={filters.sector ?? ''}>
        <option value="">{t('insights.page.allSectors')}</option>
        {sectorOptions(locale).map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </SelectField>
      <SelectField id="f-size" name="sizeClass" label={t('insights.page.sizeClass')} defaultValue={filters.sizeClass ?? ''}>
        <option value="">{t('insights.page.allSizes')}</option>
        {SIZE_CLASSES.map((z) => (
          <option key={z} value={z}>{t(`sizeClass.${z as SizeClass}`)}</option>
        ))}
      </SelectField>
      {periods.length > 0 && (
        <SelectField id="f-period" name="period" label={t('insights.page.period')} defaultValue={filters.period ?? periods[periods.length - 1]}>
          {periods.map((p) => (
            <option key={p} value={p}>{p}</option>
          ))}
        </SelectField>
      )}
      <Button type="submit">{t('insights.page.show')}</Button>
    </form>
  );
}

/** /uitgever/:publisherId/inzichten — demand in the publisher's regions, gaps, unmet searches
 * and what its own offers bring; printable for the sector table's meeting. */
export function InsightsPage() {
  const t = useT();
  const { locale } = useLocale();
  const { publisherId = '' } = useParams();
  const [params] = useSearchParams();
  const filters = filtersFrom(params);
  const query = demandQueryString(filters);
  const publisher = usePublisher(publisherId);
  const demand = useDemand(query);
  const funnel = useFunnel(publisherId);

  if (publisher.isPending) return <Loading />;
  if (publisher.isError) return <PublisherLoadError error={publisher.error} what="publisher" />;

  return (
    <div className={styles.page}>
      <p className={styles.noPrint}>
        <Link to={`/uitgever/${publisherId}`}>{t('insights.page.back', { name: publisher.data.name })}</Link>
      </p>
      <p className={pageStyles.eyebrow}>{publisher.data.name}</p>
      <PageTitle documentTitle={t('insights.page.documentTitle')}>{t('insights.page.title')}</PageTitle>
      <p className={pageStyles.lead}>{t('insights.page.intro', { k: demand.data?.threshold ?? 5 })}</p>
      {demand.isPending ? (
        <Loading />
      ) : demand.isError ? (
        <Alert tone="error">
          <p>{isApiRequestError(demand.error, 403) ? t('insights.page.forbidden') : t('insights.page.loadFailed')}</p>
        </Alert>
      ) : (
        <>
          <div className={styles.toolbar}>
            <p>{demand.data.asOf ? t('insights.page.asOf', { date: formatDateTime(demand.data.asOf, locale) }) : t('insights.page.notYet')}</p>
            <Button type="button" className={styles.noPrint} onClick={() => window.print()}>
              {t('insights.page.print')}
            </Button>
          </div>
          <div className={styles.noPrint}>
            <Filters key={query} publisher={publisher.data} filters={filters} periods={demand.data.periods} />
          </div>
          <HeatMap demand={demand.data} filters={filters} />
          <GapList demand={demand.data} publisherId={publisherId} />
          <UnmetSearches publisherId={publisherId} demand={demand.data} />
          <TrendTable demand={demand.data} />
          <section aria-labelledby="csv-title" className={styles.noPrint}>
            <h2 id="csv-title" className="visually-hidden">{t('insights.page.csv')}</h2>
            <ul className={styles.csv}>
              {CSV_TABLES.map((table) => (
                <li key={table}>
                  <a href={`/api/insights/demand.csv?${demandQueryString(filters)}${query ? '&' : ''}table=${table}`} download>
                    {t('insights.page.csv')}: {t(`insights.csvTable.${table}`)}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
      {funnel.data && <FunnelTable funnel={funnel.data} />}
    </div>
  );
}
