import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useLocale, useT } from '../../../i18n';
import { useFormErrors } from '../../../lib/use-form-errors';
import { Button, FormAlert, PageTitle, TextField } from '../../../ui';
import { useRequestMagicLink } from '../hooks/use-magic-link';

export function MagicLinkRequestPage() {
  const t = useT();
  const { locale } = useLocale();
  const request = useRequestMagicLink();
  const errors = useFormErrors(request.error);
  const [email, setEmail] = useState('');

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    request.mutate({ email: email.trim(), locale });
  }

  if (request.isSuccess) {
    return (
      <div className="narrow">
        <PageTitle focusOnMount>{t('auth.magicLink.sentTitle')}</PageTitle>
        <p className="lead">{t('auth.magicLink.sentText', { email: request.variables.email })}</p>
        <p>
          <Link to="/inloggen">{t('auth.magicLink.backToLogin')}</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="narrow">
      <PageTitle>{t('auth.magicLink.title')}</PageTitle>
      <p className="lead">{t('auth.magicLink.intro')}</p>
      <form className="form" noValidate onSubmit={onSubmit}>
        <FormAlert key={request.submittedAt} message={errors.summary} />
        <TextField
          id="magic-link-email"
          name="email"
          type="email"
          autoComplete="email"
          label={t('auth.fields.email')}
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={errors.fields.email}
        />
        <Button type="submit" busy={request.isPending} busyLabel={t('common.sending')}>
          {t('auth.magicLink.submit')}
        </Button>
      </form>
      <p>
        <Link to="/inloggen">{t('auth.magicLink.backToLogin')}</Link>
      </p>
    </div>
  );
}
