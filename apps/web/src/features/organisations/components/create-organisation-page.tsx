import { useNavigate } from 'react-router-dom';
import { useT } from '../../../i18n';
import { useFormErrors } from '../../../lib/use-form-errors';
import { PageTitle } from '../../../ui';
import { useCreateOrganisation } from '../hooks/use-create-organisation';
import { EMPTY_ORGANISATION_VALUES, toCreateRequest } from '../organisation-form-values';
import { OrganisationForm } from './organisation-form';
import pageStyles from '../../../ui/page.module.css';

export function CreateOrganisationPage() {
  const t = useT();
  const navigate = useNavigate();
  const create = useCreateOrganisation();
  const errors = useFormErrors(create.error);

  return (
    <div className={pageStyles.narrow}>
      <PageTitle>{t('organisations.create.title')}</PageTitle>
      <p className={pageStyles.lead}>{t('organisations.create.intro')}</p>
      <OrganisationForm
        idPrefix="organisation"
        initialValues={EMPTY_ORGANISATION_VALUES}
        submitLabel={t('organisations.create.submit')}
        busy={create.isPending}
        errors={errors}
        submitKey={create.submittedAt}
        cancelTo="/dashboard"
        onSubmit={(values) =>
          create.mutate(toCreateRequest(values), {
            onSuccess: (organisation) =>
              navigate(`/organisaties/${organisation.id}`, { state: { notice: 'created' } }),
          })
        }
      />
    </div>
  );
}
