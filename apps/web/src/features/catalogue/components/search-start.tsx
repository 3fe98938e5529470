import { Link } from 'react-router-dom';
import { useT } from '../../../i18n';
import { EMPTY_SEARCH, searchHref, withQuery } from '../search-state';
import { cx } from '../../../ui/cx';
import pageStyles from '../../../ui/page.module.css';
import styles from './search-start.module.css';

const EXAMPLES = ['catalogue.start.example1', 'catalogue.start.example2', 'catalogue.start.example3'] as const;

/** Before anything is typed: a few searches to start from. */
export function SearchStart() {
  const t = useT();
  return (
    <section className={cx(pageStyles.panel, styles.catalogueStart)} aria-labelledby="catalogue-start-title">
      <h2 id="catalogue-start-title">{t('catalogue.start.title')}</h2>
      <p>{t('catalogue.start.text')}</p>
      <ul className={styles.catalogueStartExamples}>
        {EXAMPLES.map((key) => {
          const words = t(key);
          return (
            <li key={key}>
              <Link to={{ pathname: '/catalogus', search: searchHref(withQuery(EMPTY_SEARCH, words)) }} lang="nl">
                {words}
              </Link>
            </li>
          );
        })}
      </ul>
      <p>{t('catalogue.start.browse')}</p>
    </section>
  );
}
