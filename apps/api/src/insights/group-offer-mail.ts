import { ASPECTS, type Locale, regionByKey } from '@groeiwijzer/domain';
import { layout, type RenderedMail } from '../mail/templates';

const KIND = {
  nl: { scheme: 'regeling', training: 'opleiding', coach: 'coach' },
  en: { scheme: 'support scheme', training: 'training', coach: 'coach' },
} as const;

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
  const aspects = m.aspects.map((k) => ASPECTS.find((a) => a.key === k)?.[locale] ?? k);
  const region = regionByKey(m.region)?.name ?? m.region;
  const kind = KIND[locale][m.item.kind];
  if (locale === 'en') {
    return {
      subject: `New in ${region}: an offer for what ${m.organisation} wants to work on`,
      ...layout('en', {
        greeting: `Hello ${m.name},`,
        lines: [
          `The scan of ${m.organisation} showed a weak spot: ${aspects.join(', ')}. Other companies in ${region} had the same need, and there was no offer for it yet.`,
          `Now there is: "${m.item.title}" (${kind}) from ${m.item.publisher}.`,
          'Look at it and add it to your development plan if it suits you.',
        ],
        action: { label: 'View the offer', url: m.url },
        footer: `You receive this because ${m.organisation} asked for a mail when a group offer is published. You can switch this off in your company's details.`,
      }),
    };
  }
  return {
    subject: `Nieuw in ${region}: aanbod voor waar ${m.organisation} aan wil werken`,
    ...layout('nl', {
      greeting: `Hallo ${m.name},`,
      lines: [
        `Uit de scan van ${m.organisation} kwam een zwak punt: ${aspects.join(', ')}. Andere bedrijven in ${region} hadden dezelfde vraag, en er was nog geen aanbod voor.`,
        `Nu wel: "${m.item.title}" (${kind}) van ${m.item.publisher}.`,
        'Bekijk het en zet het in je ontwikkelplan als het bij je past.',
      ],
      action: { label: 'Bekijk het aanbod', url: m.url },
      footer: `Je krijgt dit omdat bij ${m.organisation} is aangezet dat je een e-mail wilt bij een gezamenlijk aanbod. Uitzetten kan bij de gegevens van je bedrijf.`,
    }),
  };
}
