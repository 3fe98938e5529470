import { Link } from 'react-router-dom';
import { plural, useT } from '../../../i18n';
import { PageTitle } from '../../../ui';
import { useSignedInMe } from '../../auth/hooks/use-me';
import { usePublisher } from '../hooks/use-publisher';
import { PublisherStatusBadge } from './badges';
import { CreatePublisherForm } from './create-publisher-form';
import pageStyles from '../../../ui/page.module.css';

/** One of the user's publishers; its status comes from its own summary, when that loads. */
function PublisherCard({ id, name }: { id: string; name: string }) {
  const t = useT();
  const publisher = usePublisher(id);
  return (
    <li className={pageStyles.card}>
      <h2 className={pageStyles.cardTitle}>
        <Link to={`/uitgever/${id}`}>{name}</Link>
      </h2>
      {publisher.data && (
        <p className={pageStyles.cardMeta}>
          <PublisherStatusBadge status={publisher.data.status} /> {plural(t, 'publisher.overview.regions', publisher.data.regions.length)}
        </p>
      )}
    </li>
  );
}

/** /uitgever: the publishers the user belongs to, and registering a new one. */
export function PublishersPage() {
  const t = useT();
  const me = useSignedInMe();
  const publishers = me.publishers ?? [];

  return (
    <div className={pageStyles.narrow}>
      <PageTitle>{t('publisher.overview.title')}</PageTitle>
      <p className={pageStyles.lead}>{t('publisher.overview.intro')}</p>
      {publishers.length === 0 ? (
        <p>{t('publisher.overview.empty')}</p>
      ) : (
        <ul className={pageStyles.cardList}>
          {publishers.map((publisher) => (
            <PublisherCard key={publisher.id} id={publisher.id} name={publisher.name} />
          ))}
        </ul>
      )}
      <CreatePublisherForm />
    </div>
  );
}
