import { ASPECTS, type Locale, regionByKey } from '@groeiwijzer/domain';
import { layout, type RenderedMail } from '../mail/templates';

/** To a publisher's members: items not checked for a year. Why: owners act on what they read. */
export function staleItemsMail(locale: Locale, name: string, publisher: string, titles: string[], url: string): RenderedMail {
  const list = titles.slice(0, 10).map((t) => `• ${t}`);
  const more = titles.length > 10 ? [locale === 'en' ? `… and ${titles.length - 10} more` : `… en nog ${titles.length - 10}`] : [];
  if (locale === 'en') {
    return {
      subject: `${titles.length} item(s) of ${publisher} not checked for a year`,
      ...layout('en', {
        greeting: `Hello ${name},`,
        lines: [`These items of ${publisher} have not been checked for 12 months:`, ...list, ...more,
          'Why it matters: business owners plan with what they read here. Is it still right? One click ("still right") is enough; otherwise edit or archive it.'],
        action: { label: 'Check the items', url },
        footer: 'You receive this because you edit this publisher in Groeiwijzer.',
      }),
    };
  }
  return {
    subject: `${titles.length} item(s) van ${publisher} al een jaar niet gecontroleerd`,
    ...layout('nl', {
      greeting: `Hallo ${name},`,
      lines: [`Deze items van ${publisher} zijn al 12 maanden niet gecontroleerd:`, ...list, ...more,
        'Waarom het telt: ondernemers plannen met wat ze hier lezen. Klopt het nog? Eén klik op "Nog juist" is genoeg; anders pas je het aan of archiveer je het.'],
      action: { label: 'Items nakijken', url },
      footer: 'Je krijgt dit omdat je redacteur bent van deze uitgever in Groeiwijzer.',
    }),
  };
}

export interface DemandDigest {
  /** Companies per region whose weak spot had eligible coaches, all full (last 7 days). */
  shortages?: { region: string; organisations: number }[];
  searches: number;
  top: { q: string; count: number }[];
  unmet: { q: string; count: number }[];
  /** The publisher's own items this month so far, when anything happened. */
  funnel?: { views: number; clicks: number; planAdds: number; referrals: number; topTitle: string | null } | null;
  /** The largest gaps of the publisher's regions (at least 5 companies weak; protected figures). */
  gaps?: { region: string; aspect: string; organisationsWeak: number; offers: number }[];
  /** How many "gezamenlijke vraag" cards its regions have. */
  pooling?: number;
}

/** Where companies in the publisher's regions are weak and little is offered. */
function gapLines(d: DemandDigest, locale: Locale): string[] {
  const gaps = d.gaps ?? [];
  const lines: string[] = [];
  if (gaps.length) {
    lines.push(locale === 'en' ? 'Largest gaps in your regions:' : "Grootste tekorten in jullie regio's:");
    for (const g of gaps) {
      const region = regionByKey(g.region)?.name ?? g.region;
      const aspect = ASPECTS.find((a) => a.key === g.aspect)?.[locale] ?? g.aspect;
      lines.push(locale === 'en'
        ? `• ${region}, ${aspect}: ${g.organisationsWeak} companies weak, ${g.offers === 0 ? 'no offer' : g.offers === 1 ? '1 fitting offer' : `${g.offers} fitting offers`}`
        : `• ${region}, ${aspect}: ${g.organisationsWeak} bedrijven zwak, ${g.offers === 0 ? 'geen aanbod' : g.offers === 1 ? '1 passend aanbod' : `${g.offers} passende aanbiedingen`}`);
    }
  }
  if (d.pooling) {
    lines.push(locale === 'en'
      ? `${d.pooling} shared need(s) without any offer: at least 5 companies each, waiting for a group offer.`
      : `${d.pooling} gezamenlijke vraag/vragen zonder aanbod: elk van minstens 5 bedrijven, wachtend op een groepsaanbod.`);
  }
  return lines;
}

/** How the publisher's own offers did this month: views, clicks, plan steps, coach requests. */
function funnelLines(d: DemandDigest, locale: Locale): string[] {
  const f = d.funnel;
  if (!f) return [];
  if (locale === 'en') {
    return [`Your offers this month so far: viewed ${f.views}×, ${f.clicks} clicks to contact or website, added to an action plan ${f.planAdds}×, ${f.referrals} requests for a coach.`,
      ...(f.topTitle ? [`Viewed most: ${f.topTitle}.`] : [])];
  }
  return [`Jullie aanbod deze maand tot nu toe: ${f.views} keer bekeken, ${f.clicks} klikken naar contact of website, ${f.planAdds} keer in een ontwikkelplan gezet, ${f.referrals} aanvragen voor een coach.`,
    ...(f.topTitle ? [`Het meest bekeken: ${f.topTitle}.`] : [])];
}

/** Coach shortage per region: the number of companies only from 5 on (fewer could point to one). */
function shortageLines(d: DemandDigest, locale: Locale): string[] {
  return (d.shortages ?? []).map(({ region, organisations }) => {
    const name = regionByKey(region)?.name ?? region;
    if (organisations >= 5) {
      return locale === 'en' ? `In ${name}, ${organisations} companies found no coach with room.` : `In ${name} vonden ${organisations} bedrijven geen coach met plek.`;
    }
    return locale === 'en' ? `Coaches in ${name} are full.` : `Coaches in ${name} zijn vol.`;
  });
}

/** To a publisher's members, weekly: what SMEs in their regions looked for, and did not find. */
export function demandDigestMail(locale: Locale, name: string, publisher: string, d: DemandDigest, url: string): RenderedMail {
  const fmt = (rows: { q: string; count: number }[]) => rows.map((r) => `• "${r.q}" (${r.count}×)`);
  if (locale === 'en') {
    return {
      subject: `This week's demand for ${publisher}: ${d.unmet.length} searches without an offer`,
      ...layout('en', {
        greeting: `Hello ${name},`,
        lines: [...(d.searches ? [`Last week, people searched the catalogue ${d.searches} times in your regions.`,
          ...(d.top.length ? ['Searched most:', ...fmt(d.top)] : []),
          ...(d.unmet.length ? ['Searched without finding anything — room for an offer:', ...fmt(d.unmet)] : ['Every search found something. Well done.'])] : []),
          ...gapLines(d, 'en'),
          ...shortageLines(d, 'en'),
          ...funnelLines(d, 'en'),
          'Why it matters: an offer that answers these searches reaches owners who are looking right now.'],
        action: { label: 'Add or improve an offer', url },
        footer: 'Searches are counted without knowing who searched.',
      }),
    };
  }
  return {
    subject: `Vraag van deze week voor ${publisher}: ${d.unmet.length} zoekvragen zonder aanbod`,
    ...layout('nl', {
      greeting: `Hallo ${name},`,
      lines: [...(d.searches ? [`Vorige week is er ${d.searches} keer in de catalogus gezocht in jullie regio's.`,
        ...(d.top.length ? ['Het meest gezocht:', ...fmt(d.top)] : []),
        ...(d.unmet.length ? ['Gezocht zonder iets te vinden — ruimte voor aanbod:', ...fmt(d.unmet)] : ['Elke zoekvraag vond iets. Goed zo.'])] : []),
        ...gapLines(d, 'nl'),
        ...shortageLines(d, 'nl'),
        ...funnelLines(d, 'nl'),
        'Waarom het telt: aanbod dat op deze vragen antwoordt, bereikt ondernemers die nu zoeken.'],
      action: { label: 'Aanbod toevoegen of verbeteren', url },
      footer: 'Zoekvragen worden geteld zonder te weten wie zocht.',
    }),
  };
}
