import { type Locale } from '@groeiwijzer/domain';
import { textsFor } from '../i18n';
import { catalogueMail, type RenderedMail } from '../mail/templates';
import { formatMoment } from '../common/time';

const day = (d: Date, locale: Locale) => formatMoment(d, locale, 'long');

/** To every owner when one of them asks to erase the organisation: when, and how to undo it. */
export function organisationErasureMail(locale: Locale, name: string, organisation: string, eraseAfter: Date, url: string): RenderedMail {
  return catalogueMail(locale, textsFor(locale).mail.organisationErasure, { name, url, vars: { organisation, day: day(eraseAfter, locale) } });
}

/** To the account holder who asked to erase their account. */
export function accountErasureMail(locale: Locale, name: string, eraseAfter: Date, url: string): RenderedMail {
  return catalogueMail(locale, textsFor(locale).mail.accountErasure, { name, url, vars: { day: day(eraseAfter, locale) } });
}
