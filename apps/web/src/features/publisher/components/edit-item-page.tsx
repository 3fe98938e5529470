import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { Item } from '@groeiwijzer/contracts';
import { useT } from '../../../i18n';
import { useFormErrors } from '../../../lib/use-form-errors';
import { Loading, PageTitle } from '../../../ui';
import { useItem } from '../hooks/use-item';
import { useUpdateItem } from '../hooks/use-update-item';
import { toItemPatch, valuesFromItem } from '../item-form-values';
import { ItemStatusBadges } from './badges';
import { ItemForm } from './item-form';
import { PublisherLoadError } from './load-error';
import publisherStyles from '../publisher.module.css';
import pageStyles from '../../../ui/page.module.css';
import styles from './edit-item-page.module.css';

function EditItemForm({ item }: { item: Item }) {
  const t = useT();
  const navigate = useNavigate();
  const update = useUpdateItem(item.id);
  const errors = useFormErrors(update.error);
  // From the item as first loaded: a background refetch must not wipe what is being typed.
  const [initialValues] = useState(() => valuesFromItem(item));
  const listPath = `/uitgever/${item.publisherId}`;
  return (
    <ItemForm
      initialValues={initialValues}
      submitLabel={t('publisher.form.editSubmit')}
      busy={update.isPending}
      errors={errors}
      submitKey={update.submittedAt}
      cancelTo={listPath}
      onSubmit={(input) =>
        update.mutate(toItemPatch(input, item), {
          onSuccess: () => navigate(listPath, { state: { notice: 'itemSaved' } }),
        })
      }
    />
  );
}

/** /uitgever/items/:itemId/bewerken */
export function EditItemPage() {
  const t = useT();
  const { itemId = '' } = useParams();
  const query = useItem(itemId);

  if (query.isPending) return <Loading />;
  if (query.isError) return <PublisherLoadError error={query.error} what="item" />;
  const item = query.data;

  return (
    <div className={publisherStyles.itemFormPage}>
      <p>
        <Link to={`/uitgever/${item.publisherId}`}>{t('publisher.import.backToPublisher', { name: item.publisherName })}</Link>
      </p>
      <p className={pageStyles.eyebrow}>{item.publisherName}</p>
      <PageTitle documentTitle={t('publisher.form.editDocumentTitle')}>{t('publisher.form.editTitle', { title: item.title })}</PageTitle>
      <p className={styles.itemFormPageMeta}>
        {t('publisher.form.kindLine', { kind: t(`publisher.kinds.${item.kind}`) })} · <ItemStatusBadges item={item} />
      </p>
      <EditItemForm key={item.id} item={item} />
    </div>
  );
}

