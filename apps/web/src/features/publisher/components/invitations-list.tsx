import { useState } from 'react';
import { useLocale, useT } from '../../../i18n';
import { formatDate } from '../../../lib/format';
import { useFormErrors } from '../../../lib/use-form-errors';
import { Alert, Button } from '../../../ui';
import { usePublisherInvitations, useRevokeInvitation } from '../hooks/use-publisher-invitations';
import publisherStyles from '../publisher.module.css';
import styles from './invitations-list.module.css';

/** Invitations not yet accepted: to whom, from whom, until when; a member can withdraw one. */
export function InvitationsList({ publisherId }: { publisherId: string }) {
  const t = useT();
  const { locale } = useLocale();
  const invitations = usePublisherInvitations(publisherId);
  const revoke = useRevokeInvitation(publisherId);
  const revokeErrors = useFormErrors(revoke.error);
  const [revoked, setRevoked] = useState<string | null>(null);

  function withdraw(id: string, email: string) {
    setRevoked(null);
    revoke.mutate(id, { onSuccess: () => setRevoked(email) });
  }

  if (invitations.isError) return <Alert tone="error"><p>{t('publisher.members.invitations.loadError')}</p></Alert>;
  const list = invitations.data ?? [];
  return (
    <>
      {list.length > 0 && (
        <>
          <h3 id="publisher-invitations">{t('publisher.members.invitations.title')}</h3>
          <ul className={publisherStyles.memberList} aria-labelledby="publisher-invitations">
            {list.map((invitation) => {
              const date = formatDate(invitation.expiresAt, locale);
              return (
                <li key={invitation.id}>
                  <span>
                    {invitation.email}
                    <br />
                    <span className={styles.memberListDetail}>
                      {invitation.invitedByName
                        ? t('publisher.members.invitations.invitedBy', { name: invitation.invitedByName, date })
                        : t('publisher.members.invitations.validUntil', { date })}
                    </span>
                  </span>{' '}
                  <Button
                    variant="quiet"
                    onClick={() => withdraw(invitation.id, invitation.email)}
                    busy={revoke.isPending && revoke.variables === invitation.id}
                    aria-label={t('publisher.members.invitations.revokeLabel', { email: invitation.email })}
                  >
                    {t('publisher.members.invitations.revoke')}
                  </Button>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {revokeErrors.summary && <Alert tone="error"><p>{revokeErrors.summary}</p></Alert>}
      {revoked && !revoke.isPending && !revoke.error && (
        <Alert tone="success"><p>{t('publisher.members.invitations.revoked', { email: revoked })}</p></Alert>
      )}
    </>
  );
}
