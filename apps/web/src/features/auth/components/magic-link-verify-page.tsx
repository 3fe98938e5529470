import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useT } from '../../../i18n';
import { useFormErrors } from '../../../lib/use-form-errors';
import { Alert, Button, FormAlert, PageTitle } from '../../../ui';
import { useVerifyMagicLink } from '../hooks/use-magic-link';
import pageStyles from '../../../ui/page.module.css';

/** The sign-in link from the mail lands here. Signing in takes a click on purpose: mail
 * scanners that open links must not use up the one-time token. */
export function MagicLinkVerifyPage() {
  const t = useT();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const verify = useVerifyMagicLink();
  const errors = useFormErrors(verify.error);

  function onVerify() {
    verify.mutate({ token }, { onSuccess: () => navigate('/dashboard', { replace: true }) });
  }

  return (
    <div className={pageStyles.narrow}>
      <PageTitle>{t('auth.verify.title')}</PageTitle>
      {token ? (
        <>
          <p className={pageStyles.lead}>{t('auth.verify.intro')}</p>
          <FormAlert key={verify.submittedAt} message={errors.summary} />
          <Button onClick={onVerify} busy={verify.isPending} busyLabel={t('common.sending')}>
            {t('auth.verify.submit')}
          </Button>
        </>
      ) : (
        <Alert tone="error">
          <p>{t('auth.verify.missingToken')}</p>
        </Alert>
      )}
      {(!token || verify.isError) && (
        <p>
          <Link to="/inloggen/link">{t('auth.verify.requestNew')}</Link>
        </p>
      )}
    </div>
  );
}
