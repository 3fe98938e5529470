import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useLocale, useT } from '../../../i18n';
import { useFormErrors } from '../../../lib/use-form-errors';
import { PageTitle } from '../../../ui';
import { useRequestMagicLink } from '../hooks/use-magic-link';
import { AuthForm, EmailField } from './auth-form';
import pageStyles from '../../../ui/page.module.css';

export function MagicLinkRequestPage() {
  const t = useT();
  const { locale } = useLocale();
  const request = useRequestMagicLink();
  const errors = useFormErrors(request.error);
  const [email, setEmail] = useState('');

  if (request.isSuccess) {
    return (
      <div className={pageStyles.narrow}>
        <PageTitle focusOnMount>{t('auth.magicLink.sentTitle')}</PageTitle>
        <p className={pageStyles.lead}>{t('auth.magicLink.sentText', { email: request.variables.email })}</p>
        <p>
          <Link to="/inloggen">{t('auth.magicLink.backToLogin')}</Link>
        </p>
      </div>
    );
  }

  return (
    <div className={pageStyles.narrow}>
      <PageTitle>{t('auth.magicLink.title')}</PageTitle>
      <p className={pageStyles.lead}>{t('auth.magicLink.intro')}</p>
      <AuthForm
        onSubmit={() => request.mutate({ email: email.trim(), locale })}
        summary={errors.summary}
        submittedAt={request.submittedAt}
        busy={request.isPending}
        submitLabel={t('auth.magicLink.submit')}
      >
        <EmailField id="magic-link-email" value={email} onChange={setEmail} error={errors.fields.email} />
      </AuthForm>
      <p>
        <Link to="/inloggen">{t('auth.magicLink.backToLogin')}</Link>
      </p>
    </div>
  );
}
