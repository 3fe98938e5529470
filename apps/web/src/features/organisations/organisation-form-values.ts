import type { CreateOrganisationRequest, Organisation } from '@groeiwijzer/contracts';
import type { OrganisationPatch } from './api/organisations-api';

/** What the organisation form holds: the raw text of each input. */
export interface OrganisationFormValues {
  name: string;
  kvkNumber: string;
  sector: string;
  region: string;
  employees: string;
  /** Opt-in: one mail when a group offer answers a weak spot shared in the region. */
  groupOfferMail: boolean;
}

export const EMPTY_ORGANISATION_VALUES: OrganisationFormValues = {
  name: '',
  kvkNumber: '',
  sector: '',
  region: '',
  employees: '',
  groupOfferMail: false,
};

export function valuesFromOrganisation(organisation: Organisation): OrganisationFormValues {
  return {
    name: organisation.name,
    kvkNumber: organisation.kvkNumber ?? '',
    sector: organisation.sector,
    region: organisation.region,
    employees: String(organisation.employees),
    groupOfferMail: organisation.groupOfferMail,
  };
}

// Only tidy up what people type; judging the values is the API's job, in its own words.
const tidyKvk = (value: string) => value.replace(/[\s.]/g, '');
const toEmployees = (value: string) => {
  const trimmed = value.trim();
  return trimmed === '' ? Number.NaN : Number(trimmed);
};

export function toCreateRequest(values: OrganisationFormValues): CreateOrganisationRequest {
  const kvkNumber = tidyKvk(values.kvkNumber);
  return {
    name: values.name.trim(),
    ...(kvkNumber ? { kvkNumber } : {}),
    sector: values.sector,
    region: values.region,
    employees: toEmployees(values.employees),
    ...(values.groupOfferMail ? { groupOfferMail: true } : {}),
  };
}

/** Only the fields that changed; an emptied KvK number becomes null (cleared). */
export function toUpdateRequest(values: OrganisationFormValues, original: Organisation): OrganisationPatch {
  const patch: OrganisationPatch = {};
  const name = values.name.trim();
  if (name !== original.name) patch.name = name;
  const kvkNumber = tidyKvk(values.kvkNumber);
  if (kvkNumber !== (original.kvkNumber ?? '')) patch.kvkNumber = kvkNumber || null;
  if (values.sector !== original.sector) patch.sector = values.sector;
  if (values.region !== original.region) patch.region = values.region;
  const employees = toEmployees(values.employees);
  if (employees !== original.employees) patch.employees = employees;
  if (values.groupOfferMail !== original.groupOfferMail) patch.groupOfferMail = values.groupOfferMail;
  return patch;
}
