import { useEffect, useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { useT } from '../../../i18n';
import { normaliseQuery } from '../search-state';
import { cx } from '../../../ui/cx';
import buttonStyles from '../../../ui/button.module.css';
import fieldStyles from '../../../ui/field.module.css';
import styles from './search-box.module.css';

/** Long enough to skip the letters of a word typed in one go, short enough to feel live. */
const DEBOUNCE_MS = 200;

interface SearchBoxProps {
  /** The words in the address bar. */
  q: string;
  /** Called with tidied words ~200 ms after typing stops, or at once on Enter. */
  onSearch: (q: string) => void;
}

/** The search field: results follow the typing; the button is there for those who expect one. */
export function SearchBox({ q, onSearch }: SearchBoxProps) {
  const t = useT();
  const [text, setText] = useState(q);
  // The words this box last put in the address bar: a different `q` came from elsewhere
  // (back button, an example link), and then the field shows it.
  const written = useRef(q);
  const onSearchRef = useRef(onSearch);
  useLayoutEffect(() => {
    onSearchRef.current = onSearch;
  });

  useEffect(() => {
    if (q === written.current) return;
    written.current = q;
    setText(q);
  }, [q]);

  useEffect(() => {
    const next = normaliseQuery(text);
    if (next === written.current) return;
    const timer = window.setTimeout(() => {
      written.current = next;
      onSearchRef.current(next);
    }, DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = normaliseQuery(text);
    if (next === written.current) return;
    written.current = next;
    onSearch(next);
  }

  return (
    <form className={styles.catalogueSearch} role="search" onSubmit={submit}>
      <label className={fieldStyles.fieldLabel} htmlFor="catalogue-q">
        {t('catalogue.search.label')}
      </label>
      <p className={fieldStyles.fieldHint} id="catalogue-q-hint">
        {t('catalogue.search.hint')}
      </p>
      <div className={styles.catalogueSearchRow}>
        <input
          id="catalogue-q"
          name="q"
          type="search"
          className={cx(fieldStyles.fieldInput, styles.catalogueSearchInput)}
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-describedby="catalogue-q-hint"
          autoComplete="off"
          enterKeyHint="search"
          spellCheck={false}
          maxLength={200}
        />
        <button type="submit" className={cx(buttonStyles.button, buttonStyles.buttonPrimary)}>
          {t('catalogue.search.submit')}
        </button>
      </div>
    </form>
  );
}
