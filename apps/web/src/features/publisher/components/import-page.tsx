import { useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { ImportResult, PublisherSummary } from '@groeiwijzer/contracts';
import { plural, useT } from '../../../i18n';
import { useFormErrors } from '../../../lib/use-form-errors';
import { FieldFrame } from '../../../ui/field';
import { Alert, Button, FormAlert, Loading, PageTitle } from '../../../ui';
import { IMPORT_TEMPLATE_URLS } from '../api/publisher-api';
import { useImportItems } from '../hooks/use-import-items';
import { usePublisher } from '../hooks/use-publisher';
import { importContentType } from '../import-file';
import { Checkbox } from './choice-fieldset';
import { PublisherLoadError } from './load-error';
import { cx } from '../../../ui/cx';
import buttonStyles from '../../../ui/button.module.css';
import dataTableStyles from '../../../ui/data-table.module.css';
import fieldStyles from '../../../ui/field.module.css';
import formStyles from '../../../ui/form.module.css';
import pageStyles from '../../../ui/page.module.css';
import styles from './import-page.module.css';

/** A file that passed through the dry run: the same body goes again for real. */
interface Checked {
  fileName: string;
  text: string;
  contentType: string;
  publish: boolean;
  result: ImportResult;
}

type LocalProblem = 'noFile' | 'wrongType' | 'emptyFile' | 'readFailed';

const FILE_ID = 'import-file';

/** Focus a heading once React has drawn it. */
function focusSoon(id: string) {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

function ProblemsTable({ result }: { result: ImportResult }) {
  const t = useT();
  return (
    <div className={dataTableStyles.tableScroll} tabIndex={0} role="region" aria-labelledby="import-problems-caption">
      <table className={dataTableStyles.dataTable}>
        <caption id="import-problems-caption">{t('publisher.import.problemsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" className={dataTableStyles.num}>
              {t('publisher.import.row')}
            </th>
            <th scope="col">{t('publisher.import.field')}</th>
            <th scope="col">{t('publisher.import.message')}</th>
          </tr>
        </thead>
        <tbody>
          {result.errors.map((problem, index) => (
            <tr key={`${problem.row}-${problem.field}-${index}`}>
              <th scope="row" className={dataTableStyles.num}>
                {problem.row}
              </th>
              <td className={styles.importProblemsField}>{problem.field || t('publisher.import.noField')}</td>
              <td>{problem.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ImportForm({ publisher }: { publisher: PublisherSummary }) {
  const t = useT();
  const check = useImportItems(publisher.id);
  const save = useImportItems(publisher.id);
  const checkErrors = useFormErrors(check.error);
  const saveErrors = useFormErrors(save.error);
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [publish, setPublish] = useState(false);
  const [local, setLocal] = useState<{ problem: LocalProblem; attempt: number } | null>(null);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [imported, setImported] = useState<ImportResult | null>(null);
  const itemsPath = `/uitgever/${publisher.id}`;

  // Anything chosen anew asks for a new check: the preview belongs to one file and one choice.
  function startOver() {
    setChecked(null);
    setLocal(null);
    check.reset();
    save.reset();
  }

  /** Empties the file input, so choosing the same (now fixed) file again counts as a change. */
  function clearFileInput() {
    if (fileInput.current) fileInput.current.value = '';
    setFile(null);
  }

  function fail(problem: LocalProblem) {
    setLocal((last) => ({ problem, attempt: (last?.attempt ?? 0) + 1 }));
  }

  async function submitCheck(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setChecked(null);
    if (!file) return fail('noFile');
    const contentType = importContentType(file.name);
    if (!contentType) return fail('wrongType');
    let text: string;
    try {
      text = await file.text();
    } catch {
      clearFileInput();
      return fail('readFailed');
    }
    if (text.trim() === '') return fail('emptyFile');
    setLocal(null);
    const fileName = file.name;
    check.mutate(
      { text, contentType, dryRun: true, publish },
      {
        onSuccess: (result) => {
          setChecked({ fileName, text, contentType, publish, result });
          if (result.errors.length > 0) clearFileInput();
          focusSoon('import-preview');
        },
      },
    );
  }

  function runImport() {
    if (!checked) return;
    save.mutate(
      { text: checked.text, contentType: checked.contentType, dryRun: false, publish: checked.publish },
      {
        onSuccess: (result) => {
          if (result.errors.length > 0 || result.dryRun) {
            // Something changed since the check; nothing was written. Show why.
            setChecked({ ...checked, result });
            clearFileInput();
            focusSoon('import-preview');
            return;
          }
          setImported(result);
          focusSoon('import-result');
        },
      },
    );
  }

  if (imported) {
    return (
      <section aria-labelledby="import-result" className={pageStyles.panel}>
        <h2 id="import-result" tabIndex={-1}>
          {t('publisher.import.resultTitle')}
        </h2>
        <Alert tone="success">
          <p>{t('publisher.import.resultCounts', { created: imported.created, updated: imported.updated })}</p>
        </Alert>
        <div className={formStyles.actions}>
          <Link className={cx(buttonStyles.button, buttonStyles.buttonPrimary)} to={itemsPath}>
            {t('publisher.import.backToItems')}
          </Link>
          <Button
            variant="secondary"
            onClick={() => {
              setImported(null);
              setPublish(false);
              clearFileInput();
              startOver();
              focusSoon('import-check');
            }}
          >
            {t('publisher.import.another')}
          </Button>
        </div>
      </section>
    );
  }

  const localMessage = local ? t(`publisher.import.${local.problem}`) : null;
  const hasProblems = !!checked && checked.result.errors.length > 0;

  return (
    <>
      <section aria-labelledby="import-check">
        <h2 id="import-check" tabIndex={-1}>
          {t('publisher.import.checkTitle')}
        </h2>
        <form className={formStyles.form} noValidate onSubmit={(event) => void submitCheck(event)}>
          {local && <FormAlert key={`local-${local.attempt}`} message={localMessage} />}
          {!local && checkErrors.summary && <FormAlert key={`api-${check.submittedAt}`} message={checkErrors.summary} />}
          <FieldFrame id={FILE_ID} label={t('publisher.import.file')} hint={t('publisher.import.fileHint')} error={localMessage ?? undefined}>
            {(aria) => (
              <input
                {...aria}
                ref={fileInput}
                id={FILE_ID}
                name="file"
                type="file"
                accept=".csv,.json"
                className={cx(fieldStyles.fieldInput, styles.importFile)}
                onChange={(event) => {
                  setFile(event.target.files?.[0] ?? null);
                  startOver();
                }}
              />
            )}
          </FieldFrame>
          <Checkbox
            id="import-publish"
            name="publish"
            label={t('publisher.import.publish')}
            hint={t('publisher.import.publishHint')}
            checked={publish}
            onChange={(on) => {
              setPublish(on);
              startOver();
            }}
          />
          <div className={formStyles.formActions}>
            <Button type="submit" busy={check.isPending} busyLabel={t('publisher.import.checking')}>
              {t('publisher.import.check')}
            </Button>
          </div>
        </form>
      </section>

      {checked && (
        <section aria-labelledby="import-preview" className={pageStyles.panel}>
          <h2 id="import-preview" tabIndex={-1}>
            {t('publisher.import.previewTitle')}
          </h2>
          <p className={styles.importPreviewFile}>{t('publisher.import.checkedFile', { name: checked.fileName })}</p>
          <p className={styles.importPreviewCounts}>
            {t('publisher.import.counts', {
              rows: checked.result.rows,
              created: checked.result.created,
              updated: checked.result.updated,
              problems: checked.result.rowsWithProblems,
            })}
          </p>
          {hasProblems ? (
            <>
              <Alert tone="error" title={plural(t, 'publisher.import.problemsTitle', checked.result.errors.length)}>
                <p>{t('publisher.import.problemsText')}</p>
              </Alert>
              <p>{t('publisher.import.rowsExplain')}</p>
              <ProblemsTable result={checked.result} />
            </>
          ) : (
            <>
              <Alert tone="success">
                <p>{t('publisher.import.ready')}</p>
              </Alert>
              <h3>{t('publisher.import.importTitle')}</h3>
              <p>{checked.publish ? t('publisher.import.willPublish') : t('publisher.import.willDraft')}</p>
              {saveErrors.summary && <FormAlert key={save.submittedAt} message={saveErrors.summary} />}
              <Button busy={save.isPending} busyLabel={t('publisher.import.importing')} onClick={runImport}>
                {t('publisher.import.import')}
              </Button>
            </>
          )}
        </section>
      )}
    </>
  );
}

/** /uitgever/:publisherId/import: check a CSV or JSON file (dry run), then import it. */
export function ImportPage() {
  const t = useT();
  const { publisherId = '' } = useParams();
  const publisher = usePublisher(publisherId);

  if (publisher.isPending) return <Loading />;
  if (publisher.isError) return <PublisherLoadError error={publisher.error} what="publisher" />;

  return (
    <div className={pageStyles.narrow}>
      <p>
        <Link to={`/uitgever/${publisher.data.id}`}>{t('publisher.import.backToPublisher', { name: publisher.data.name })}</Link>
      </p>
      <p className={pageStyles.eyebrow}>{publisher.data.name}</p>
      <PageTitle>{t('publisher.import.title')}</PageTitle>
      <p className={pageStyles.lead}>{t('publisher.import.intro')}</p>
      <section aria-labelledby="import-templates">
        <h2 id="import-templates">{t('publisher.import.templatesTitle')}</h2>
        <p>{t('publisher.import.templatesIntro')}</p>
        <ul className={pageStyles.linkList}>
          <li>
            <a href={IMPORT_TEMPLATE_URLS.csv} download>
              {t('publisher.import.templateCsv')}
            </a>
          </li>
          <li>
            <a href={IMPORT_TEMPLATE_URLS.json} download>
              {t('publisher.import.templateJson')}
            </a>
          </li>
        </ul>
        <p>{t('publisher.import.updateNote')}</p>
      </section>
      <ImportForm key={publisher.data.id} publisher={publisher.data} />
    </div>
  );
}
