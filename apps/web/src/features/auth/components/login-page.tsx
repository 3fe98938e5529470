import { useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { useT } from '../../../i18n';
import { NEXT_PARAM, safeNextPath } from '../../../lib/next-path';
import { isApiRequestError } from '../../../lib/api';
import { useFormErrors } from '../../../lib/use-form-errors';
import { Alert, Button, FormAlert, PageTitle, TextField } from '../../../ui';
import { useLogin } from '../hooks/use-login';
import { useMe } from '../hooks/use-me';

export function LoginPage() {
  const t = useT();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const nextParam = params.get(NEXT_PARAM);
  const next = safeNextPath(nextParam);
  const me = useMe();
  const login = useLogin();
  const errors = useFormErrors(login.error);
  const [values, setValues] = useState({ email: '', password: '' });

  if (me.data && !login.isPending) return <Navigate to={next} replace />;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    login.mutate(values, { onSuccess: () => navigate(next, { replace: true }) });
  }

  return (
    <div className="narrow">
      <PageTitle>{t('auth.login.title')}</PageTitle>
      {nextParam ? (
        <Alert tone="info">
          <p>{t('auth.login.continueNotice')}</p>
        </Alert>
      ) : (
        <p className="lead">{t('auth.login.intro')}</p>
      )}
      <form className="form" noValidate onSubmit={onSubmit}>
        <FormAlert key={login.submittedAt} message={errors.summary} />
        {isApiRequestError(login.error, 429) && (
          <p>
            <Link to="/inloggen/link">{t('accountSecurity.throttled.useLink')}</Link>
          </p>
        )}
        <TextField
          id="login-email"
          name="email"
          type="email"
          autoComplete="email"
          label={t('auth.fields.email')}
          value={values.email}
          onChange={(e) => setValues({ ...values, email: e.target.value })}
          error={errors.fields.email}
        />
        <TextField
          id="login-password"
          name="password"
          type="password"
          autoComplete="current-password"
          label={t('auth.fields.password')}
          value={values.password}
          onChange={(e) => setValues({ ...values, password: e.target.value })}
          error={errors.fields.password}
        />
        <Button type="submit" busy={login.isPending} busyLabel={t('common.sending')}>
          {t('auth.login.submit')}
        </Button>
      </form>
      <ul className="link-list">
        <li>
          <Link to="/inloggen/link">{t('auth.login.magicLinkLink')}</Link>
        </li>
        <li>
          {t('auth.login.noAccount')}{' '}
          <Link to={nextParam ? `/aanmelden?${NEXT_PARAM}=${encodeURIComponent(next)}` : '/aanmelden'}>
            {t('auth.login.signUpLink')}
          </Link>
        </li>
      </ul>
    </div>
  );
}
