import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { Item } from '@groeiwijzer/contracts';
import { useLocale, useT } from '../../../i18n';
import { formatDate } from '../../../lib/format';
import { useFormErrors } from '../../../lib/use-form-errors';
import { Alert, Button, ButtonLink, Loading, SelectField } from '../../../ui';
import { useArchiveItem, usePublishItem, useVerifyItem } from '../hooks/use-item-status';
import { usePublisherItems } from '../hooks/use-publisher-items';
import { countByFilter, isItemFilter, ITEM_FILTERS, itemActions, matchesFilter, type ItemAction } from '../item-status';
import { ItemStatusBadges } from './badges';
import { cx } from '../../../ui/cx';
import badgeStyles from '../../../ui/badge.module.css';
import formStyles from '../../../ui/form.module.css';
import pageStyles from '../../../ui/page.module.css';
import styles from './item-list.module.css';

const titleId = (item: Item) => `publisher-item-${item.id}`;
const LIST_HEADING_ID = 'publisher-items';

interface Outcome {
  action: ItemAction;
  title: string;
  ok: boolean;
  error?: unknown;
  /** Per attempt, so the error alert takes focus again. */
  attempt: number;
}

/** The publisher's items in every status, with a status filter and the actions per item.
 * `onAction`: a publish, archive or verify began (older notices on the page are out of date). */
export function ItemList({ publisherId, onAction }: { publisherId: string; onAction?: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  const items = usePublisherItems(publisherId);
  const [params, setParams] = useSearchParams();
  const rawFilter = params.get('status');
  const filter = isItemFilter(rawFilter) ? rawFilter : 'all';
  const mutations = { publish: usePublishItem(), archive: useArchiveItem(), verify: useVerifyItem() };
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const failure = useFormErrors(outcome && !outcome.ok ? outcome.error : null);

  const all = useMemo(() => items.data ?? [], [items.data]);
  const counts = useMemo(() => countByFilter(all), [all]);
  const shown = all.filter((item) => matchesFilter(item, filter));

  function run(action: ItemAction, item: Item) {
    onAction?.();
    setBusyId(item.id);
    mutations[action].mutate(item.id, {
      onSuccess: () => {
        setOutcome((last) => ({ action, title: item.title, ok: true, attempt: (last?.attempt ?? 0) + 1 }));
        // The button may be gone now (or the item, under a filter): keep focus near the work.
        requestAnimationFrame(() =>
          (document.getElementById(titleId(item)) ?? document.getElementById(LIST_HEADING_ID))?.focus(),
        );
      },
      onError: (error) => setOutcome((last) => ({ action, title: item.title, ok: false, error, attempt: (last?.attempt ?? 0) + 1 })),
      onSettled: () => setBusyId(null),
    });
  }

  function changeFilter(next: string) {
    setOutcome(null);
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (next === 'all') updated.delete('status');
        else updated.set('status', next);
        return updated;
      },
      { replace: true },
    );
  }

  return (
    <section aria-labelledby={LIST_HEADING_ID}>
      <h2 id={LIST_HEADING_ID} tabIndex={-1}>
        {t('publisher.items.title')}
      </h2>
      {items.isPending && <Loading />}
      {items.isError && (
        <Alert tone="error">
          <p>{t('errors.loadFailed')}</p>
        </Alert>
      )}
      {items.data && all.length === 0 && <p>{t('publisher.items.empty')}</p>}
      {items.data && all.length > 0 && (
        <>
          <p>{t('publisher.items.verifyIntro')}</p>
          <SelectField
            id="publisher-items-filter"
            name="status"
            className={styles.itemListFilter}
            label={t('publisher.items.filterLabel')}
            value={filter}
            onChange={(event) => changeFilter(event.target.value)}
          >
            {ITEM_FILTERS.map((option) => (
              <option key={option} value={option}>
                {t(`publisher.items.filter.${option}`, { count: counts[option] })}
              </option>
            ))}
          </SelectField>
          <p className={styles.itemListCount} aria-live="polite">
            {t('publisher.items.shown', { shown: shown.length, total: all.length })}
          </p>
        </>
      )}

      {outcome && !outcome.ok && (
        <Alert key={outcome.attempt} tone="error" title={t(`publisher.items.failed.${outcome.action}`, { title: outcome.title })} focusOnMount>
          {failure.summary && <p>{failure.summary}</p>}
        </Alert>
      )}
      <div aria-live="polite" className={styles.itemListNotice}>
        {outcome?.ok && <p>{t(`publisher.items.done.${outcome.action}`, { title: outcome.title })}</p>}
      </div>

      {items.data && all.length > 0 && shown.length === 0 && <p>{t('publisher.items.emptyFilter')}</p>}
      {shown.length > 0 && (
        <ul className={pageStyles.cardList}>
          {shown.map((item) => (
            <li key={item.id} className={pageStyles.card}>
              <h3 className={pageStyles.cardTitle} id={titleId(item)} tabIndex={-1}>
                {item.title}
              </h3>
              <dl className={styles.itemCardFacts}>
                <div>
                  <dt>{t('publisher.items.kind')}</dt>
                  <dd>{t(`publisher.kinds.${item.kind}`)}</dd>
                </div>
                <div>
                  <dt>{t('publisher.items.status')}</dt>
                  <dd>
                    <ItemStatusBadges item={item} />
                  </dd>
                </div>
                <div>
                  <dt>{t('publisher.items.verifiedOn')}</dt>
                  <dd>
                    {formatDate(item.verifiedOn, locale)}
                    {item.needsVerification && (
                      <>
                        {' '}
                        <strong className={cx(badgeStyles.badge, styles.badgeStale)}>{t('publisher.items.needsVerification')}</strong>
                      </>
                    )}
                  </dd>
                </div>
              </dl>
              <div className={cx(formStyles.actions, styles.itemCardActions)} role="group" aria-label={t('publisher.items.actionsLabel', { title: item.title })}>
                <ButtonLink to={`/uitgever/items/${item.id}/bewerken`} variant="secondary">
                  {t('publisher.items.actions.edit')}
                  <span className="visually-hidden"> {item.title}</span>
                </ButtonLink>
                {itemActions(item).map((action) => (
                  <Button
                    key={action}
                    variant={action === 'publish' ? 'primary' : 'secondary'}
                    disabled={busyId !== null}
                    aria-busy={busyId === item.id && mutations[action].isPending ? true : undefined}
                    onClick={() => run(action, item)}
                  >
                    {t(`publisher.items.actions.${action}`)}
                    <span className="visually-hidden"> {item.title}</span>
                  </Button>
                ))}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
