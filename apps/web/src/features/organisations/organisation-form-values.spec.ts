import type { Organisation } from '@groeiwijzer/contracts';
import { toCreateRequest, toUpdateRequest, valuesFromOrganisation } from './organisation-form-values';

const organisation: Organisation = {
  id: 'b9a4c1f0-0000-4000-8000-000000000001',
  name: 'Bakkerij De Korenbloem',
  kvkNumber: '12345678',
  sector: 'C',
  region: 'twente',
  employees: 12,
  sizeClass: 'small',
  groupOfferMail: false,
  createdAt: '2025-01-01T10:00:00+01:00',
  eraseAfter: null,
  updatedAt: '2025-01-01T10:00:00+01:00',
};

describe('toCreateRequest', () => {
  it('tidies typed text and leaves out an empty KvK number', () => {
    expect(
      toCreateRequest({ name: '  Bakkerij  ', kvkNumber: ' ', sector: 'C', region: 'twente', employees: ' 12 ', groupOfferMail: false }),
    ).toEqual({ name: 'Bakkerij', sector: 'C', region: 'twente', employees: 12 });
  });

  it('strips spaces and dots from the KvK number but does not judge it', () => {
    expect(toCreateRequest({ name: 'X', kvkNumber: '1234 56.78', sector: '', region: '', employees: '2.5', groupOfferMail: false })).toEqual({
      name: 'X',
      kvkNumber: '12345678',
      sector: '',
      region: '',
      employees: 2.5,
    });
  });

  it('sends an empty employee count as null, so the API explains what is missing', () => {
    const body = JSON.parse(JSON.stringify(toCreateRequest({ name: 'X', kvkNumber: '', sector: 'C', region: 'twente', employees: '', groupOfferMail: false })));
    expect(body.employees).toBeNull();
  });
});

describe('toUpdateRequest', () => {
  it('sends nothing when nothing changed', () => {
    expect(toUpdateRequest(valuesFromOrganisation(organisation), organisation)).toEqual({});
  });

  it('sends only the changed fields', () => {
    const values = { ...valuesFromOrganisation(organisation), employees: '60', region: 'achterhoek' };
    expect(toUpdateRequest(values, organisation)).toEqual({ employees: 60, region: 'achterhoek' });
  });

  it('sends the group-offer mail choice only when it changed', () => {
    expect(toUpdateRequest({ ...valuesFromOrganisation(organisation), groupOfferMail: true }, organisation)).toEqual({ groupOfferMail: true });
    expect(toCreateRequest({ name: 'X', kvkNumber: '', sector: 'C', region: 'twente', employees: '3', groupOfferMail: true })).toMatchObject({ groupOfferMail: true });
  });

  it('clears an emptied KvK number with null', () => {
    const values = { ...valuesFromOrganisation(organisation), kvkNumber: '' };
    expect(toUpdateRequest(values, organisation)).toEqual({ kvkNumber: null });
  });
});
