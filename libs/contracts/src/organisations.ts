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

export type UpdateOrganisationRequest = Partial<CreateOrganisationRequest>;

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
}
