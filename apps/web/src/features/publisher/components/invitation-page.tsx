import { Link, useNavigate, useParams } from 'react-router-dom';
import { useLocale, useT } from '../../../i18n';
import { isApiRequestError } from '../../../lib/api';
import { NEXT_PARAM, signInPath } from '../../../lib/next-path';
import { formatDate } from '../../../lib/format';
import { useFormErrors } from '../../../lib/use-form-errors';
import { Alert, Button, FormAlert, Loading, PageTitle } from '../../../ui';
import { useMe } from '../../auth/hooks/use-me';
import { useAcceptInvitation, useInvitation, useSignOutHere } from '../hooks/use-invitation';
import pageStyles from '../../../ui/page.module.css';

/** /uitnodiging/:token, the link in the invitation mail: public. Signed out, it leads to
 * signing in or creating an account and back; signed in with the invited address, one click
 * makes you an editor. Opening the link alone changes nothing (mail scanners open links). */
export function InvitationPage() {
  const t = useT();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const { token = '' } = useParams();
  const here = `/uitnodiging/${encodeURIComponent(token)}`;
  const me = useMe();
  const invitation = useInvitation(token);
  const accept = useAcceptInvitation(token);
  const signOut = useSignOutHere();
  const errors = useFormErrors(accept.error);

  if (invitation.isPending || me.isPending) return <Loading />;
  if (invitation.isError) {
    const expired = isApiRequestError(invitation.error, 410);
    const unknown = isApiRequestError(invitation.error, 404);
    return (
      <div className={pageStyles.narrow}>
        <PageTitle focusOnMount>
          {expired ? t('publisher.invitation.expiredTitle') : unknown ? t('publisher.invitation.unknownTitle') : t('errors.unknown')}
        </PageTitle>
        <Alert tone="error">
          <p>{expired ? t('publisher.invitation.expiredText') : unknown ? t('publisher.invitation.unknownText') : t('errors.loadFailed')}</p>
        </Alert>
      </div>
    );
  }

  const data = invitation.data;
  const user = me.data?.user;
  const otherEmail = !!user && user.email.toLowerCase() !== data.email.toLowerCase();

  function onAccept() {
    accept.mutate(undefined, {
      onSuccess: ({ publisherId }) => navigate(`/uitgever/${publisherId}`, { replace: true }),
    });
  }

  return (
    <div className={pageStyles.narrow}>
      <PageTitle documentTitle={t('publisher.invitation.documentTitle')}>
        {data.invitedByName
          ? t('publisher.invitation.title', { name: data.invitedByName, publisher: data.publisherName })
          : t('publisher.invitation.titleNoName', { publisher: data.publisherName })}
      </PageTitle>
      <p className={pageStyles.lead}>{t('publisher.invitation.intro', { publisher: data.publisherName })}</p>
      <p>{t('publisher.invitation.forEmail', { email: data.email, date: formatDate(data.expiresAt, locale) })}</p>
      {!user && (
        <>
          <p>{t('publisher.invitation.signedOut')}</p>
          <ul className={pageStyles.linkList}>
            <li>
              <Link to={signInPath(here)}>{t('publisher.invitation.signIn')}</Link>
            </li>
            <li>
              <Link to={`/aanmelden?${NEXT_PARAM}=${encodeURIComponent(here)}`}>{t('publisher.invitation.createAccount')}</Link>
            </li>
          </ul>
        </>
      )}
      {otherEmail && (
        <>
          <Alert tone="error" title={t('publisher.invitation.otherEmailTitle')} focusOnMount>
            <p>{t('publisher.invitation.otherEmailText', { current: user.email, email: data.email })}</p>
          </Alert>
          <Button variant="secondary" onClick={() => signOut.mutate()} busy={signOut.isPending} busyLabel={t('common.sending')}>
            {t('publisher.invitation.switchAccount')}
          </Button>
        </>
      )}
      {user && !otherEmail && (
        <>
          <FormAlert key={accept.submittedAt} message={errors.summary} />
          <Button onClick={onAccept} busy={accept.isPending} busyLabel={t('publisher.invitation.accepting')}>
            {t('publisher.invitation.accept')}
          </Button>
        </>
      )}
    </div>
  );
}
