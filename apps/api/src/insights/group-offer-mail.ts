import { ASPECTS, type Locale, regionByKey } from '@groeiwijzer/domain';
import { fill, textsFor } from '../i18n';
import { catalogueMail, type RenderedMail } from '../mail/templates';

export interface GroupOfferMail {
  name: string;
  organisation: string;
  region: string;
  aspects: string[];
  item: { title: string; kind: 'scheme' | 'training' | 'coach'; publisher: string };
  url: string;
}

/** To an owner who opted in: an offer now answers a weak spot their company shared with other
 * companies in the region, where there was none. Says nothing about the other companies. */
export function groupOfferMail(locale: Locale, m: GroupOfferMail): RenderedMail {
  const t = textsFor(locale).mail.groupOffer;
  const vars = {
    organisation: m.organisation, region: regionByKey(m.region)?.name ?? m.region,
    aspects: m.aspects.map((k) => ASPECTS.find((a) => a.key === k)?.[locale] ?? k).join(', '),
    title: m.item.title, kind: t.kinds[m.item.kind], publisher: m.item.publisher,
  };
  // The texts of the owner and the publisher are filled in once, into composed lines.
  return catalogueMail(locale, { ...t, footer: fill(t.footer, vars) }, { name: m.name, url: m.url, vars, lines: t.lines.map((l) => fill(l, vars)) });
}
