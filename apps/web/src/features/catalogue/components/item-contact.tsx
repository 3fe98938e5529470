import type { Item } from '@groeiwijzer/contracts';
import { useT } from '../../../i18n';
import { safeExternalUrl, urlHost } from '../catalogue-format';

/** How to reach the provider: their website (a new window, said out loud) and e-mail. */
export function ItemContact({ item }: { item: Item }) {
  const t = useT();
  const url = safeExternalUrl(item.url);
  const email = item.contactEmail?.trim() || null;
  return (
    <section aria-labelledby="item-contact" className="panel item-contact">
      <h2 id="item-contact">{t('catalogue.detail.contactTitle')}</h2>
      {url || email ? (
        <>
          <p>{t('catalogue.detail.contactIntro')}</p>
          <ul className="link-list">
            {url && (
              <li>
                <a href={url} target="_blank" rel="noopener noreferrer">
                  {t('catalogue.detail.website')}
                  <span className="visually-hidden"> {t('catalogue.newWindow')}</span>
                </a>{' '}
                <span className="item-contact__host">({urlHost(url)})</span>
              </li>
            )}
            {email && (
              <li>
                <a href={`mailto:${email}`}>{t('catalogue.detail.email', { email })}</a>
              </li>
            )}
          </ul>
        </>
      ) : (
        <p>{t('catalogue.detail.noContact')}</p>
      )}
    </section>
  );
}
