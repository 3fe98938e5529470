import type { MessageKey, TFunction } from '../../../i18n';

const LABELS: Record<string, MessageKey> = {
  title: 'publisher.form.title',
  summary: 'publisher.form.summary',
  description: 'publisher.form.description',
  provider: 'publisher.form.provider',
  aspects: 'publisher.form.aspects',
  regions: 'publisher.form.regions',
  sectors: 'publisher.form.sectors',
  sizeClasses: 'publisher.form.sizeClasses',
  url: 'publisher.form.url',
  contactEmail: 'publisher.form.contactEmail',
  costEur: 'publisher.form.costEur',
  format: 'publisher.form.format',
  language: 'publisher.form.language',
  validFrom: 'publisher.form.validFrom',
  validUntil: 'publisher.form.validUntil',
  externalId: 'publisher.form.externalId',
  scheme: 'publisher.form.scheme.title',
  'scheme.eligibility': 'publisher.form.scheme.eligibility',
  'scheme.fundingShare': 'publisher.form.scheme.fundingShare',
  'scheme.maxAmountEur': 'publisher.form.scheme.maxAmountEur',
  'scheme.windows': 'publisher.form.scheme.windows',
  'scheme.startBy': 'publisher.form.scheme.startBy',
  'scheme.completeBy': 'publisher.form.scheme.completeBy',
  training: 'publisher.form.training.title',
  'training.durationHours': 'publisher.form.training.durationHours',
  'training.startDates': 'publisher.form.training.startDates',
  coach: 'publisher.form.coach.title',
  'coach.coachType': 'publisher.form.coach.coachType',
  'coach.entrepreneurExperience': 'publisher.form.coach.entrepreneurExperience',
  'coach.capacity': 'publisher.form.coach.capacity',
  'coach.languages': 'publisher.form.coach.languages',
};

/** The label of an item-form key, as the error summary names it: "Periode 2 – Sluit op". */
export function itemFieldLabel(t: TFunction, key: string): string {
  const label = LABELS[key];
  if (label) return t(label);
  const row = /^scheme\.windows\.(\d+)(?:\.(opens|closes))?$/.exec(key);
  if (row) {
    const name = t('publisher.form.scheme.window', { n: Number(row[1]) + 1 });
    return row[2] ? `${name} – ${t(`publisher.form.scheme.${row[2] as 'opens' | 'closes'}`)}` : name;
  }
  return key;
}
