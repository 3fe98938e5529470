import type { SizeClass } from '@groeiwijzer/domain';

export interface CreateOrganisationRequest {
  name: string;
  kvkNumber?: string;
  /** SBI section letter A–U. */
  sector: string;
  /** Region key from regions.json. */
  region: string;
  employees: number;
}

/** A PATCH: only the fields to change; `kvkNumber: null` removes the KvK number. */
export type UpdateOrganisationRequest = Partial<Omit<CreateOrganisationRequest, 'kvkNumber'>> & { kvkNumber?: string | null };

export interface Organisation {
  id: string;
  name: string;
  kvkNumber: string | null;
  sector: string;
  region: string;
  employees: number;
  sizeClass: SizeClass;
  createdAt: string;
  updatedAt: string;
  /** An owner asked to erase it: it is erased at this moment unless an owner undoes it. */
  eraseAfter: string | null;
}
