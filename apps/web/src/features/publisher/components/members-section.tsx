import { useState, type FormEvent } from 'react';
import { useT } from '../../../i18n';
import { useFormErrors } from '../../../lib/use-form-errors';
import { Alert, Button, TextField } from '../../../ui';
import { useMe } from '../../auth/hooks/use-me';
import { useAddPublisherMember, usePublisherMembers, useRemovePublisherMember } from '../hooks/use-publisher-members';
import { InvitationsList } from './invitations-list';
import publisherStyles from '../publisher.module.css';
import formStyles from '../../../ui/form.module.css';
import pageStyles from '../../../ui/page.module.css';

/** Who edits this publisher; a member adds a colleague (an address without an account gets an
 * invitation by mail), or removes one. */
export function MembersSection({ publisherId }: { publisherId: string }) {
  const t = useT();
  const me = useMe();
  const members = usePublisherMembers(publisherId);
  const add = useAddPublisherMember(publisherId);
  const remove = useRemovePublisherMember(publisherId);
  const addErrors = useFormErrors(add.error);
  const removeErrors = useFormErrors(remove.error);
  const [email, setEmail] = useState('');
  const [added, setAdded] = useState<{ email: string; invited: boolean } | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const address = email.trim();
    add.mutate(address, {
      onSuccess: (result) => {
        setAdded({ email: address, invited: !Array.isArray(result) });
        setEmail('');
      },
    });
  }

  return (
    <section aria-labelledby="publisher-members" className={pageStyles.panel}>
      <h2 id="publisher-members">{t('publisher.members.title')}</h2>
      <p>{t('publisher.members.intro')}</p>
      {members.isError && <Alert tone="error"><p>{t('publisher.members.loadError')}</p></Alert>}
      {members.data && (
        <ul className={publisherStyles.memberList}>
          {members.data.map((member) => (
            <li key={member.userId}>
              <span>{member.name} ({member.email}){member.userId === me.data?.user.id ? ` – ${t('publisher.members.you')}` : ''}</span>{' '}
              {members.data.length > 1 && (
                <Button
                  variant="quiet"
                  onClick={() => remove.mutate(member.userId)}
                  busy={remove.isPending && remove.variables === member.userId}
                  aria-label={t('publisher.members.removeLabel', { name: member.name })}
                >
                  {t('publisher.members.remove')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {removeErrors.summary && <Alert tone="error"><p>{removeErrors.summary}</p></Alert>}
      <InvitationsList publisherId={publisherId} />
      {added && !add.isPending && !add.error && (
        <Alert tone="success">
          <p>{t(added.invited ? 'publisher.members.invited' : 'publisher.members.added', { email: added.email })}</p>
        </Alert>
      )}
      <form className={formStyles.form} noValidate onSubmit={submit}>
        <TextField
          id="publisher-member-email"
          name="email"
          type="email"
          autoComplete="off"
          label={t('publisher.members.email')}
          hint={t('publisher.members.emailHint')}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={addErrors.fields.email ?? (addErrors.summary && !addErrors.fields.email ? addErrors.summary : undefined)}
        />
        <Button type="submit" busy={add.isPending} busyLabel={t('common.saving')}>
          {t('publisher.members.add')}
        </Button>
      </form>
    </section>
  );
}
