import type { SizeClass } from '@groeiwijzer/domain';

export interface CreateOrganisationRequest {
  name: string;
  kvkNumber?: string;
  /** SBI section letter A–U. */
  sector: string;
  /** Region key from regions.json. */
  region: string;
  employees: number;
  /** One mail when a group offer is published for a weak spot this company shares with others in
   * its region ("gezamenlijke vraag"). Opt-in: false unless set. */
  groupOfferMail?: boolean;
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
  groupOfferMail: boolean;
  createdAt: string;
  updatedAt: string;
  /** An owner asked to erase it: it is erased at this moment unless an owner undoes it. */
  eraseAfter: string | null;
}
