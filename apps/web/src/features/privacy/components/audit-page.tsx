import { useSearchParams } from 'react-router-dom';
import { useLocale, useT } from '../../../i18n';
import { formatDateTime } from '../../../lib/format';
import { Loading, PageTitle, TextField } from '../../../ui';
import { useAudit } from '../hooks/use-audit';
import { cx } from '../../../ui/cx';
import buttonStyles from '../../../ui/button.module.css';
import dataTableStyles from '../../../ui/data-table.module.css';

/** The admins' audit log: who did what and when (never answers). */
export function AuditPage() {
  const t = useT();
  const { locale } = useLocale();
  const [params, setParams] = useSearchParams();
  const filter = { action: params.get('action') ?? undefined };
  const audit = useAudit(filter);
  return (
    <div>
      <PageTitle>{t('privacy.audit.title')}</PageTitle>
      <p>{t('privacy.audit.intro')}</p>
      <form role="search" onSubmit={(e) => { e.preventDefault(); const v = new FormData(e.currentTarget).get('action'); setParams(v ? { action: String(v) } : {}); }}>
        <TextField id="audit-action" name="action" label={t('privacy.audit.action')} hint={t('privacy.audit.actionHint')} defaultValue={filter.action ?? ''} />
        <button type="submit" className={cx(buttonStyles.button, buttonStyles.buttonSecondary)}>{t('privacy.audit.filter')}</button>
      </form>
      {audit.isPending ? <Loading /> : (
        <div className={dataTableStyles.tableScroll} tabIndex={0} role="region" aria-labelledby="audit-caption">
          <table className={dataTableStyles.dataTable}>
            <caption id="audit-caption">{t('privacy.audit.caption', { count: audit.data?.length ?? 0 })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('privacy.audit.when')}</th>
                <th scope="col">{t('privacy.audit.who')}</th>
                <th scope="col">{t('privacy.audit.what')}</th>
                <th scope="col">{t('privacy.audit.target')}</th>
                <th scope="col">{t('privacy.audit.details')}</th>
              </tr>
            </thead>
            <tbody>
              {(audit.data ?? []).map((a) => (
                <tr key={a.id}>
                  <td>{formatDateTime(a.at, locale)}</td>
                  <td>{a.actor.email ?? t(`privacy.audit.role.${a.actor.role}` as never)}</td>
                  <td>{a.action}</td>
                  <td>{a.target.type} {a.target.id ?? ''}</td>
                  <td>{Object.entries(a.details).map(([k, v]) => `${k}: ${String(v)}`).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
