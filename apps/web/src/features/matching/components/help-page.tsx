import type { Recommendation } from '@groeiwijzer/contracts';
import { useCallback, useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { plural, useLocale, useT } from '../../../i18n';
import { formatDate, isoDateInAmsterdam } from '../../../lib/format';
import { toFormErrors } from '../../../lib/form-errors';
import { Alert, Button, ButtonLink, Loading, PageTitle } from '../../../ui';
import { OrganisationLoadError } from '../../organisations/components/organisation-status';
import { useOrganisation } from '../../organisations/hooks/use-organisation';
import { useCreatePlanStep } from '../../plan/hooks/use-create-plan-step';
import { AskCoachDialog } from '../../referrals/components/ask-coach-dialog';
import { useDismissRecommendation } from '../hooks/use-dismiss-recommendation';
import { useRecommendations } from '../hooks/use-recommendations';
import { useRestoreRecommendation } from '../hooks/use-restore-recommendation';
import { readFilters, toRecommendationsQuery, writeFilters, type RecommendationFilters } from '../recommendation-filters';
import { gapsOfGroup, gapsWithoutGroup, planAspectOf } from '../recommendation-model';
import { DismissedList } from './dismissed-list';
import styles from './help-page.module.css';
import { HelpNotice, type HelpNoticeData } from './help-notice';
import { RecommendationFiltersForm } from './recommendation-filters-form';
import { GapList, RecommendationGroup } from './recommendation-group';
import pageStyles from '../../../ui/page.module.css';

/** /organisaties/:id/hulp — recommendations grouped by weak spot, with the owner's filters in the address bar. */
export function HelpPage() {
  const t = useT();
  const { locale } = useLocale();
  const { id = '' } = useParams();
  const organisation = useOrganisation(id);
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readFilters(params), [params]);
  const query = useMemo(() => toRecommendationsQuery(filters), [filters]);
  const recommendations = useRecommendations(id, query);
  const addStep = useCreatePlanStep(id);
  const dismiss = useDismissRecommendation(id);
  const restore = useRestoreRecommendation(id);
  const [notice, setNotice] = useState<HelpNoticeData | null>(null);
  const [focusInPlan, setFocusInPlan] = useState<string | null>(null);
  const [asking, setAsking] = useState<Recommendation | null>(null);
  const today = useMemo(() => isoDateInAmsterdam(), []);
  const failed = (error: unknown) =>
    setNotice({ kind: 'failed', message: toFormErrors(error, { network: t('errors.network'), unknown: t('errors.unknown') }).summary ?? t('errors.unknown') });

  const onFilters = useCallback(
    (next: RecommendationFilters) => setParams(writeFilters(next), { replace: false, preventScrollReset: true }),
    [setParams],
  );

  function onAdd(rec: Recommendation) {
    const aspect = planAspectOf(rec);
    if (!aspect) return;
    addStep.mutate(
      { itemId: rec.item.id, aspect },
      {
        onSuccess: () => {
          setFocusInPlan(rec.item.id);
          setNotice({ kind: 'added', title: rec.item.title });
        },
        onError: failed,
      },
    );
  }

  function onDismiss(rec: Recommendation) {
    setNotice({ kind: 'dismissed', itemId: rec.item.id, title: rec.item.title });
    dismiss.mutate({ itemId: rec.item.id, title: rec.item.title }, { onError: failed });
  }

  function onRestore(itemId: string, title: string) {
    restore.mutate(
      { itemId, title },
      { onSuccess: () => setNotice({ kind: 'restored', title }), onError: failed },
    );
  }

  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <OrganisationLoadError error={organisation.error} />;
  const org = organisation.data;
  const data = recommendations.data;
  const base = `/organisaties/${encodeURIComponent(org.id)}`;

  return (
    <div className={styles.page}>
      <p className="no-print">
        <Link to={base}>
          <span aria-hidden="true">← </span>
          {t('matching.page.back', { organisation: org.name })}
        </Link>
      </p>
      <PageTitle documentTitle={t('matching.page.documentTitle')}>{t('matching.page.title', { organisation: org.name })}</PageTitle>
      <p className={pageStyles.lead}>{t('matching.page.intro')}</p>
      <HelpNotice notice={notice} referralsHref={`${base}/aanvragen`} undoBusy={restore.isPending} onUndo={onRestore} />

      {recommendations.isPending ? (
        <Loading />
      ) : !data ? (
        <Alert tone="error">
          <p>{t('matching.page.loadFailed')}</p>
          <Button variant="secondary" onClick={() => void recommendations.refetch()}>
            {t('matching.page.retry')}
          </Button>
        </Alert>
      ) : (
        <>
          {data.basedOn.roundId && data.basedOn.roundTitle && (
            <p className={styles.basedOn}>
              {t('matching.page.basedOn', { round: data.basedOn.roundTitle, date: data.basedOn.closedAt ? formatDate(data.basedOn.closedAt, locale) : '' })}{' '}
              <Link to={`/scans/${encodeURIComponent(data.basedOn.roundId)}/rapport`}>{t('matching.page.reportLink')}</Link>
            </p>
          )}
          {data.basedOn.mode === 'profile' && (
            <Alert tone="info" title={t('matching.profile.title')}>
              <p>{t('matching.profile.text')}</p>
              <ButtonLink to={`${base}/scans/nieuw`}>{t('matching.profile.start')}</ButtonLink>
            </Alert>
          )}
          <div className={styles.layout}>
            <div className={styles.side}>
              <RecommendationFiltersForm filters={filters} onChange={onFilters} />
              {data.explanation.length > 0 && (
                <section className={styles.explanation} aria-labelledby="help-explanation-title">
                  <h2 id="help-explanation-title" className={styles.sideTitle}>
                    {t('matching.explanation.title')}
                  </h2>
                  <ul>
                    {data.explanation.map((line) => (
                      <li key={line.code}>{line.text}</li>
                    ))}
                  </ul>
                </section>
              )}
            </div>
            <div className={styles.main}>
              <p className={styles.count} role="status">
                {recommendations.isPlaceholderData
                  ? t('matching.page.updating')
                  : data.items.length > 0
                    ? plural(t, 'matching.page.count', data.items.length)
                    : t('matching.page.none')}
              </p>
              {recommendations.isError && (
                <Alert tone="error">
                  <p>{t('matching.page.loadFailed')}</p>
                </Alert>
              )}
              {data.groups.map((group) => (
                <RecommendationGroup
                  key={group.aspect ?? 'profile'}
                  group={group}
                  gaps={gapsOfGroup(data.gaps, group)}
                  today={today}
                  planHref={`${base}/plan`}
                  addingItemId={addStep.isPending ? ((addStep.variables as { itemId?: string } | undefined)?.itemId ?? null) : null}
                  focusInPlanItemId={focusInPlan}
                  onAdd={onAdd}
                  onDismiss={onDismiss}
                  onAsk={setAsking}
                />
              ))}
              {gapsWithoutGroup(data.gaps, data.groups).length > 0 && (
                <GapList gaps={gapsWithoutGroup(data.gaps, data.groups)} headingId="help-other-gaps" />
              )}
              <DismissedList
                dismissed={data.dismissed}
                restoringItemId={restore.isPending ? (restore.variables?.itemId ?? null) : null}
                onRestore={(entry) => onRestore(entry.itemId, entry.title)}
              />
              <ul className={`${styles.next} no-print`}>
                <li>
                  <Link to={`${base}/plan`}>{t('matching.page.planLink')}</Link>
                </li>
                <li>
                  <Link to={`${base}/aanvragen`}>{t('matching.page.referralsLink')}</Link>
                </li>
              </ul>
            </div>
          </div>
          <AskCoachDialog
            organisationId={org.id}
            coach={asking ? { id: asking.item.id, title: asking.item.title } : null}
            aspect={asking?.aspect ?? null}
            roundId={data.basedOn.roundId}
            onClose={() => setAsking(null)}
            onSent={(_referral, coach) => {
              setAsking(null);
              setNotice({ kind: 'sent', coach: coach.title });
            }}
          />
        </>
      )}
    </div>
  );
}
