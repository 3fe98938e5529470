import { type Organisation } from '@groeiwijzer/contracts';
import { sizeClassFor } from '@groeiwijzer/domain';
import { type OrganisationEntity } from './organisation.entity';

export function toOrganisation(e: OrganisationEntity): Organisation {
  return {
    id: e.id,
    name: e.name,
    kvkNumber: e.kvkNumber,
    sector: e.sector,
    region: e.region,
    employees: e.employees,
    sizeClass: sizeClassFor(e.employees),
    groupOfferMail: e.groupOfferMail,
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
    eraseAfter: e.eraseAfter?.toISOString() ?? null,
  };
}
