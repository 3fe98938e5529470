import { useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { useLocale, useT } from '../../../i18n';
import { NEXT_PARAM, safeNextPath } from '../../../lib/next-path';
import { useFormErrors } from '../../../lib/use-form-errors';
import { Button, FormAlert, PageTitle, TextField } from '../../../ui';
import { useMe } from '../hooks/use-me';
import { useRegister } from '../hooks/use-register';
import { PasswordFeedbackText } from '../password/password-feedback';
import { usePasswordFeedback } from '../password/use-password-feedback';

export function RegisterPage() {
  const t = useT();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const nextParam = params.get(NEXT_PARAM);
  const next = safeNextPath(nextParam);
  const me = useMe();
  const register = useRegister();
  const errors = useFormErrors(register.error);
  const [values, setValues] = useState({ name: '', email: '', password: '' });
  const feedback = usePasswordFeedback(values.password, values.email, values.name);

  if (me.data && !register.isPending) return <Navigate to={next} replace />;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    register.mutate(
      { name: values.name.trim(), email: values.email.trim(), password: values.password, locale },
      { onSuccess: () => navigate(next, { replace: true }) },
    );
  }

  return (
    <div className="narrow">
      <PageTitle>{t('auth.register.title')}</PageTitle>
      <p className="lead">{t('auth.register.intro')}</p>
      <form className="form" noValidate onSubmit={onSubmit}>
        <FormAlert key={register.submittedAt} message={errors.summary} />
        <TextField
          id="register-name"
          name="name"
          autoComplete="name"
          label={t('auth.fields.name')}
          value={values.name}
          onChange={(e) => setValues({ ...values, name: e.target.value })}
          error={errors.fields.name}
        />
        <TextField
          id="register-email"
          name="email"
          type="email"
          autoComplete="email"
          label={t('auth.fields.email')}
          value={values.email}
          onChange={(e) => setValues({ ...values, email: e.target.value })}
          error={errors.fields.email}
        />
        <TextField
          id="register-password"
          name="password"
          type="password"
          autoComplete="new-password"
          label={t('auth.fields.password')}
          hint={t('auth.fields.passwordHint')}
          value={values.password}
          onChange={(e) => setValues({ ...values, password: e.target.value })}
          error={errors.fields.password}
        />
        <PasswordFeedbackText id="register-password-feedback" feedback={feedback} />
        <Button type="submit" busy={register.isPending} busyLabel={t('common.sending')}>
          {t('auth.register.submit')}
        </Button>
      </form>
      <p>
        {t('auth.register.haveAccount')}{' '}
        <Link to={nextParam ? `/inloggen?${NEXT_PARAM}=${encodeURIComponent(next)}` : '/inloggen'}>
          {t('auth.register.signInLink')}
        </Link>
      </p>
    </div>
  );
}
