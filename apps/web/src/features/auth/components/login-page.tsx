import { useState } from 'react';
import { Link, Navigate, useNavigate } from 'react-router-dom';
import { useT } from '../../../i18n';
import { isApiRequestError } from '../../../lib/api';
import { useFormErrors } from '../../../lib/use-form-errors';
import { Alert, PageTitle } from '../../../ui';
import { useLogin } from '../hooks/use-login';
import { useMe } from '../hooks/use-me';
import { AuthForm, EmailField, PasswordField, useNextPath } from './auth-form';
import pageStyles from '../../../ui/page.module.css';

export function LoginPage() {
  const t = useT();
  const navigate = useNavigate();
  const { nextParam, next, keepNext } = useNextPath();
  const me = useMe();
  const login = useLogin();
  const errors = useFormErrors(login.error);
  const [values, setValues] = useState({ email: '', password: '' });

  if (me.data && !login.isPending) return <Navigate to={next} replace />;

  return (
    <div className={pageStyles.narrow}>
      <PageTitle>{t('auth.login.title')}</PageTitle>
      {nextParam ? (
        <Alert tone="info">
          <p>{t('auth.login.continueNotice')}</p>
        </Alert>
      ) : (
        <p className={pageStyles.lead}>{t('auth.login.intro')}</p>
      )}
      <AuthForm
        onSubmit={() => login.mutate(values, { onSuccess: () => navigate(next, { replace: true }) })}
        summary={errors.summary}
        submittedAt={login.submittedAt}
        busy={login.isPending}
        submitLabel={t('auth.login.submit')}
      >
        {isApiRequestError(login.error, 429) && (
          <p>
            <Link to="/inloggen/link">{t('accountSecurity.throttled.useLink')}</Link>
          </p>
        )}
        <EmailField id="login-email" value={values.email} onChange={(email) => setValues({ ...values, email })} error={errors.fields.email} />
        <PasswordField id="login-password" value={values.password} onChange={(password) => setValues({ ...values, password })} error={errors.fields.password} />
      </AuthForm>
      <ul className={pageStyles.linkList}>
        <li>
          <Link to="/inloggen/link">{t('auth.login.magicLinkLink')}</Link>
        </li>
        <li>
          {t('auth.login.noAccount')} <Link to={keepNext('/aanmelden')}>{t('auth.login.signUpLink')}</Link>
        </li>
      </ul>
    </div>
  );
}
