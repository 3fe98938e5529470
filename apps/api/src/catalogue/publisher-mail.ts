import { ASPECTS, type Locale, regionByKey } from '@groeiwijzer/domain';
import { fill, textsFor } from '../i18n';
import { catalogueMail, type RenderedMail } from '../mail/templates';

/** To a publisher's members: items not checked for a year. Why: owners act on what they read. */
export function staleItemsMail(locale: Locale, name: string, publisher: string, titles: string[], url: string): RenderedMail {
  const t = textsFor(locale).mail;
  const more = titles.length > 10 ? [fill(t.staleItems.more, { n: titles.length - 10 })] : [];
  const lines = [fill(t.staleItems.intro, { publisher }), ...titles.slice(0, 10).map((title) => `• ${title}`), ...more, t.staleItems.why];
  return catalogueMail(locale, t.staleItems, { name, url, footer: t.footers.publisher, vars: { n: titles.length, publisher }, lines });
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
  const t = textsFor(locale).mail.demandDigest;
  const gaps = d.gaps ?? [];
  const offers = (n: number) => (n === 0 ? t.gapNoOffer : n === 1 ? t.gapOneOffer : fill(t.gapOffers, { n }));
  return [
    ...(gaps.length ? [t.gaps] : []),
    ...gaps.map((g) => fill(t.gap, {
      region: regionByKey(g.region)?.name ?? g.region, aspect: ASPECTS.find((a) => a.key === g.aspect)?.[locale] ?? g.aspect,
      n: g.organisationsWeak, offers: offers(g.offers),
    })),
    ...(d.pooling ? [fill(t.pooling, { n: d.pooling })] : []),
  ];
}

/** How the publisher's own offers did this month: views, clicks, plan steps, coach requests. */
function funnelLines(d: DemandDigest, locale: Locale): string[] {
  const f = d.funnel;
  const t = textsFor(locale).mail.demandDigest;
  if (!f) return [];
  return [fill(t.funnel, { views: f.views, clicks: f.clicks, planAdds: f.planAdds, referrals: f.referrals }), ...(f.topTitle ? [fill(t.funnelTop, { title: f.topTitle })] : [])];
}

/** Coach shortage per region: the number of companies only from 5 on (fewer could point to one). */
function shortageLines(d: DemandDigest, locale: Locale): string[] {
  const t = textsFor(locale).mail.demandDigest;
  return (d.shortages ?? []).map(({ region, organisations }) => {
    const name = regionByKey(region)?.name ?? region;
    return organisations >= 5 ? fill(t.shortage, { region: name, n: organisations }) : fill(t.shortageFew, { region: name });
  });
}

/** To a publisher's members, weekly: what SMEs in their regions looked for, and did not find. */
export function demandDigestMail(locale: Locale, name: string, publisher: string, d: DemandDigest, url: string): RenderedMail {
  const t = textsFor(locale).mail.demandDigest;
  const fmt = (rows: { q: string; count: number }[]) => rows.map((r) => `• "${r.q}" (${r.count}×)`);
  const searches = d.searches
    ? [fill(t.searches, { n: d.searches }), ...(d.top.length ? [t.top, ...fmt(d.top)] : []), ...(d.unmet.length ? [t.unmet, ...fmt(d.unmet)] : [t.allFound])]
    : [];
  const lines = [...searches, ...gapLines(d, locale), ...shortageLines(d, locale), ...funnelLines(d, locale), t.why];
  return catalogueMail(locale, t, { name, url, vars: { publisher, n: d.unmet.length }, lines });
}
