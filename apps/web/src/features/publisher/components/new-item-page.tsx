import { useMemo } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import type { ItemKind } from '@groeiwijzer/contracts';
import { useT } from '../../../i18n';
import { useFormErrors } from '../../../lib/use-form-errors';
import { Loading, PageTitle } from '../../../ui';
import { useCreateItem } from '../hooks/use-create-item';
import { usePublisher } from '../hooks/use-publisher';
import { emptyItemValues, isItemKind, ITEM_KIND_OPTIONS } from '../item-form-values';
import { prefillFrom } from '../../insights/insights-model';
import { ItemForm } from './item-form';
import { PublisherLoadError } from './load-error';
import publisherStyles from '../publisher.module.css';
import pageStyles from '../../../ui/page.module.css';

/** Without a (known) kind in the address: ask which kind of item to add. */
function KindChoice({ publisherId, prefill }: { publisherId: string; prefill: string }) {
  const t = useT();
  return (
    <>
      <PageTitle>{t('publisher.form.chooseKindTitle')}</PageTitle>
      <ul className={pageStyles.cardList}>
        {ITEM_KIND_OPTIONS.map((kind) => (
          <li key={kind} className={pageStyles.card}>
            <h2 className={pageStyles.cardTitle}>
              <Link to={`/uitgever/${publisherId}/items/nieuw?kind=${kind}${prefill ? `&${prefill}` : ''}`}>{t(`publisher.form.newTitle.${kind}`)}</Link>
            </h2>
            <p className={pageStyles.cardMeta}>{t(`publisher.form.kindHints.${kind}`)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}

function NewItemForm({ publisherId, kind, prefill }: { publisherId: string; kind: ItemKind; prefill: ReturnType<typeof prefillFrom> }) {
  const t = useT();
  const navigate = useNavigate();
  const create = useCreateItem(publisherId);
  const errors = useFormErrors(create.error);
  // Opened from a gap on the insights page: its aspect, region, sector and size are filled in.
  const initialValues = useMemo(() => ({ ...emptyItemValues(kind), ...prefill }), [kind, prefill]);
  return (
    <>
      <PageTitle>{t(`publisher.form.newTitle.${kind}`)}</PageTitle>
      <p className={pageStyles.lead}>{t('publisher.form.newIntro')}</p>
      <ItemForm
        initialValues={initialValues}
        submitLabel={t('publisher.form.createSubmit')}
        busy={create.isPending}
        errors={errors}
        submitKey={create.submittedAt}
        cancelTo={`/uitgever/${publisherId}`}
        onSubmit={(input) =>
          create.mutate(input, {
            onSuccess: () => navigate(`/uitgever/${publisherId}`, { state: { notice: 'itemCreated' } }),
          })
        }
      />
    </>
  );
}

/** /uitgever/:publisherId/items/nieuw?kind=scheme|training|coach */
export function NewItemPage() {
  const t = useT();
  const { publisherId = '' } = useParams();
  const [params] = useSearchParams();
  const kind = params.get('kind');
  const publisher = usePublisher(publisherId);
  const prefillKey = params.toString();
  const prefill = useMemo(() => prefillFrom(new URLSearchParams(prefillKey)), [prefillKey]);
  const prefillQuery = useMemo(() => {
    const keep = new URLSearchParams(prefillKey);
    keep.delete('kind');
    return keep.toString();
  }, [prefillKey]);

  if (publisher.isPending) return <Loading />;
  if (publisher.isError) return <PublisherLoadError error={publisher.error} what="publisher" />;

  return (
    <div className={publisherStyles.itemFormPage}>
      <p>
        <Link to={`/uitgever/${publisherId}`}>{t('publisher.import.backToPublisher', { name: publisher.data.name })}</Link>
      </p>
      <p className={pageStyles.eyebrow}>{publisher.data.name}</p>
      {isItemKind(kind) ? (
        <NewItemForm key={kind} publisherId={publisherId} kind={kind} prefill={prefill} />
      ) : (
        <KindChoice publisherId={publisherId} prefill={prefillQuery} />
      )}
    </div>
  );
}
