import { useState } from 'react';
import { Link, Navigate, useNavigate } from 'react-router-dom';
import { useLocale, useT } from '../../../i18n';
import { useFormErrors } from '../../../lib/use-form-errors';
import { PageTitle, TextField } from '../../../ui';
import { useMe } from '../hooks/use-me';
import { useRegister } from '../hooks/use-register';
import { PasswordFeedbackText } from '../password/password-feedback';
import { usePasswordFeedback } from '../password/use-password-feedback';
import { AuthForm, EmailField, PasswordField, useNextPath } from './auth-form';
import pageStyles from '../../../ui/page.module.css';

export function RegisterPage() {
  const t = useT();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const { next, keepNext } = useNextPath();
  const me = useMe();
  const register = useRegister();
  const errors = useFormErrors(register.error);
  const [values, setValues] = useState({ name: '', email: '', password: '' });
  const feedback = usePasswordFeedback(values.password, values.email, values.name);

  if (me.data && !register.isPending) return <Navigate to={next} replace />;

  return (
    <div className={pageStyles.narrow}>
      <PageTitle>{t('auth.register.title')}</PageTitle>
      <p className={pageStyles.lead}>{t('auth.register.intro')}</p>
      <AuthForm
        onSubmit={() =>
          register.mutate(
            { name: values.name.trim(), email: values.email.trim(), password: values.password, locale },
            { onSuccess: () => navigate(next, { replace: true }) },
          )
        }
        summary={errors.summary}
        submittedAt={register.submittedAt}
        busy={register.isPending}
        submitLabel={t('auth.register.submit')}
      >
        <TextField
          id="register-name"
          name="name"
          autoComplete="name"
          label={t('auth.fields.name')}
          value={values.name}
          onChange={(e) => setValues({ ...values, name: e.target.value })}
          error={errors.fields.name}
        />
        <EmailField id="register-email" value={values.email} onChange={(email) => setValues({ ...values, email })} error={errors.fields.email} />
        <PasswordField id="register-password" isNew value={values.password} onChange={(password) => setValues({ ...values, password })} error={errors.fields.password} />
        <PasswordFeedbackText id="register-password-feedback" feedback={feedback} />
      </AuthForm>
      <p>
        {t('auth.register.haveAccount')} <Link to={keepNext('/inloggen')}>{t('auth.register.signInLink')}</Link>
      </p>
    </div>
  );
}
