import type { Item } from '@groeiwijzer/contracts';
import { useT } from '../../../i18n';
import { safeExternalUrl, urlHost } from '../catalogue-format';
import { cx } from '../../../ui/cx';
import pageStyles from '../../../ui/page.module.css';
import styles from './item-contact.module.css';

/** Counts the click for the publisher's funnel (a number per month, nothing about who); the link
 * itself never waits for it. `keepalive` lets it finish while the page goes on. */
function countClick(itemId: string, target: 'contact' | 'website'): void {
  void fetch(`/api/items/${encodeURIComponent(itemId)}/clicks`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ target }), credentials: 'same-origin', keepalive: true,
  }).catch(() => undefined);
}

/** How to reach the provider: their website (a new window, said out loud) and e-mail. */
export function ItemContact({ item }: { item: Item }) {
  const t = useT();
  const url = safeExternalUrl(item.url);
  const email = item.contactEmail?.trim() || null;
  return (
    <section aria-labelledby="item-contact" className={cx(pageStyles.panel, styles.itemContact)}>
      <h2 id="item-contact">{t('catalogue.detail.contactTitle')}</h2>
      {url || email ? (
        <>
          <p>{t('catalogue.detail.contactIntro')}</p>
          <ul className={pageStyles.linkList}>
            {url && (
              <li>
                <a href={url} target="_blank" rel="noopener noreferrer" onClick={() => countClick(item.id, 'website')}>
                  {t('catalogue.detail.website')}
                  <span className="visually-hidden"> {t('catalogue.newWindow')}</span>
                </a>{' '}
                <span className={styles.itemContactHost}>({urlHost(url)})</span>
              </li>
            )}
            {email && (
              <li>
                <a href={`mailto:${email}`} onClick={() => countClick(item.id, 'contact')}>{t('catalogue.detail.email', { email })}</a>
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
