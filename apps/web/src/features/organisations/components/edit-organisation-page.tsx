import { useNavigate, useParams } from 'react-router-dom';
import { useT } from '../../../i18n';
import { useFormErrors } from '../../../lib/use-form-errors';
import { Loading, PageTitle } from '../../../ui';
import { useOrganisation } from '../hooks/use-organisation';
import { useUpdateOrganisation } from '../hooks/use-update-organisation';
import { toUpdateRequest, valuesFromOrganisation } from '../organisation-form-values';
import { OrganisationForm } from './organisation-form';
import { OrganisationLoadError } from './organisation-status';
import pageStyles from '../../../ui/page.module.css';

export function EditOrganisationPage() {
  const t = useT();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const organisation = useOrganisation(id);
  const update = useUpdateOrganisation(id);
  const errors = useFormErrors(update.error);

  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <OrganisationLoadError error={organisation.error} />;
  const org = organisation.data;
  const profilePath = `/organisaties/${org.id}`;

  return (
    <div className={pageStyles.narrow}>
      <PageTitle documentTitle={t('organisations.edit.documentTitle')}>
        {t('organisations.edit.title', { name: org.name })}
      </PageTitle>
      <OrganisationForm
        key={org.id}
        idPrefix="organisation"
        initialValues={valuesFromOrganisation(org)}
        submitLabel={t('organisations.edit.submit')}
        busy={update.isPending}
        errors={errors}
        submitKey={update.submittedAt}
        cancelTo={profilePath}
        onSubmit={(values) =>
          update.mutate(toUpdateRequest(values, org), {
            onSuccess: () => navigate(profilePath, { state: { notice: 'saved' } }),
          })
        }
      />
    </div>
  );
}
