import { type DeclineReason, type ReferralShare } from '@groeiwijzer/contracts';
import { ASPECTS, type Locale, regionByKey } from '@groeiwijzer/domain';
import { bilingualMail, layout, type RenderedMail } from '../mail/templates';
import { formatMoment } from '../common/time';

/* Referral mails. Transactional (through the outbox): each answers something the reader did or
 * must do about one request. The coach's reminder is the one reminder (kind 'referrals').
 * The owner gets them in their own language; a coach whose language we do not know (no account
 * yet) gets Dutch first and English below, as staff get scan invitations. Shared scan results
 * never go by mail: consent can be withdrawn, a sent mail cannot. */

const aspectName = (key: string | null, locale: Locale) => (key ? ASPECTS.find((a) => a.key === key)?.[locale] ?? key : null);
const day = (d: Date, locale: Locale) => formatMoment(d, locale, 'weekday');

const SHARE = {
  none: { nl: 'niets uit de scan', en: 'nothing from the scan' },
  summary: { nl: 'de samenvatting van de scan (gemiddelden, sterke punten, aandachtspunten)', en: 'the scan summary (averages, strengths, points for attention)' },
  report: { nl: 'het hele scanrapport', en: 'the full scan report' },
} as const satisfies Record<ReferralShare, Record<Locale, string>>;

const REASONS = {
  no_capacity: { nl: 'de coach heeft nu geen tijd', en: 'the coach has no time right now' },
  not_my_expertise: { nl: 'dit past niet bij wat de coach doet', en: 'this is not what the coach does' },
  outside_region: { nl: 'jullie zitten buiten de regio van de coach', en: 'you are outside the coach\'s region' },
  other: { nl: 'een andere reden', en: 'another reason' },
} as const satisfies Record<DeclineReason, Record<Locale, string>>;

const COACH_FOOTER = {
  nl: 'Je krijgt dit omdat dit adres het contactadres is van je coachprofiel in Groeiwijzer.',
  en: 'You receive this because this address is the contact of your coach profile in Groeiwijzer.',
} as const satisfies Record<Locale, string>;

export interface CoachRequestFacts {
  organisation: string;
  region: string;
  sectorName: { nl: string; en: string };
  employees: number;
  aspect: string | null;
  share: ReferralShare;
  answerBy: Date;
  url: string;
}

const bilingual = (nl: string[], en: string[], labels: { nl: string; en: string }, url: string, subject: string): RenderedMail =>
  bilingualMail(subject, url, { lines: nl, action: labels.nl }, { lines: en, action: labels.en });

/** The coach's lines about a request, in one language. */
function requestLines(f: CoachRequestFacts, locale: Locale, reminder: boolean): string[] {
  const region = regionByKey(f.region)?.name ?? f.region;
  const aspect = aspectName(f.aspect, locale);
  const by = day(f.answerBy, locale);
  if (locale === 'en') {
    return [
      reminder ? `${f.organisation} is still waiting for your answer to their request for help.` : `${f.organisation} asks you for help through Groeiwijzer.`,
      `${f.sectorName.en}, ${region}, ${f.employees} employees.${aspect ? ` Their question is about: ${aspect}.` : ''} They share ${SHARE[f.share].en} with you.`,
      `Please accept or decline by ${by}. After that the request lapses and the company can ask another coach.`,
      'Sign in with this e-mail address to read their message (create an account with it if you have none yet).',
    ];
  }
  return [
    reminder ? `${f.organisation} wacht nog op je antwoord op hun hulpvraag.` : `${f.organisation} vraagt je om hulp via Groeiwijzer.`,
    `${f.sectorName.nl}, ${region}, ${f.employees} medewerkers.${aspect ? ` Hun vraag gaat over: ${aspect}.` : ''} Ze delen ${SHARE[f.share].nl} met je.`,
    `Neem de vraag aan of wijs haar af vóór het einde van ${by}. Daarna vervalt de vraag en kan het bedrijf een andere coach vragen.`,
    'Log in met dit e-mailadres om hun bericht te lezen (maak er een account mee als je dat nog niet hebt).',
  ];
}

/** To the coach: a new request (reminder: still unanswered after 5 working days). */
export function coachRequestMail(locale: Locale | null, f: CoachRequestFacts, reminder = false): RenderedMail {
  const subject = {
    nl: reminder ? `Herinnering: ${f.organisation} wacht op je antwoord` : `Hulpvraag van ${f.organisation}`,
    en: reminder ? `Reminder: ${f.organisation} is waiting for your answer` : `Request for help from ${f.organisation}`,
  };
  const labels = { nl: 'Hulpvraag bekijken', en: 'View the request' };
  if (!locale) return bilingual(requestLines(f, 'nl', reminder), requestLines(f, 'en', reminder), labels, f.url, `${subject.nl} / ${subject.en}`);
  return {
    subject: subject[locale],
    ...layout(locale, {
      greeting: locale === 'en' ? 'Hello,' : 'Hallo,',
      lines: requestLines(f, locale, reminder),
      action: { label: labels[locale], url: f.url },
      footer: COACH_FOOTER[locale],
    }),
  };
}

/** To the coach: the owner withdrew a request that was still open. */
export function coachCancelledMail(locale: Locale | null, organisation: string, url: string): RenderedMail {
  const nl = [`${organisation} heeft hun hulpvraag ingetrokken. Je hoeft niets meer te doen.`, 'Je plek komt weer vrij voor een ander bedrijf.'];
  const en = [`${organisation} withdrew their request for help. You need not do anything.`, 'Your place is free again for another company.'];
  const labels = { nl: 'Naar je aanvragen', en: 'Go to your requests' };
  if (!locale) return bilingual(nl, en, labels, url, `Hulpvraag ingetrokken: ${organisation} / Request withdrawn`);
  return {
    subject: locale === 'en' ? `Request withdrawn: ${organisation}` : `Hulpvraag ingetrokken: ${organisation}`,
    ...layout(locale, { greeting: locale === 'en' ? 'Hello,' : 'Hallo,', lines: locale === 'en' ? en : nl, action: { label: labels[locale], url }, footer: COACH_FOOTER[locale] }),
  };
}

export type OwnerEvent = 'requested' | 'accepted' | 'declined' | 'completed' | 'lapsed';

export interface OwnerMailFacts {
  name: string;
  coach: string;
  coachEmail: string | null;
  share: ReferralShare;
  answerBy: Date | null;
  reason?: DeclineReason | null;
  note?: string | null;
  url: string;
}

/** To the owner who asked: each step of their request. */
export function ownerReferralMail(locale: Locale, event: OwnerEvent, f: OwnerMailFacts): RenderedMail {
  const en = locale === 'en';
  const t = (nl: string, english: string) => (en ? english : nl);
  const by = f.answerBy ? day(f.answerBy, locale) : '';
  const texts: Record<OwnerEvent, { subject: string; lines: string[]; action: string }> = {
    requested: {
      subject: t(`Je hulpvraag is verstuurd naar ${f.coach}`, `Your request was sent to ${f.coach}`),
      lines: [
        t(`${f.coach} heeft je hulpvraag gekregen en antwoordt uiterlijk ${by}.`, `${f.coach} received your request and will answer by ${by}.`),
        t(`Je deelt ${SHARE[f.share].nl}. Dat kun je op elk moment intrekken.`, `You share ${SHARE[f.share].en}. You can withdraw that at any moment.`),
        t('Komt er geen antwoord, dan stuur je de vraag met één klik naar een andere coach.', 'If no answer comes, one click sends the request to another coach.'),
      ],
      action: t('Je aanvraag bekijken', 'View your request'),
    },
    accepted: {
      subject: t(`${f.coach} helpt jullie graag`, `${f.coach} is glad to help`),
      lines: [
        t(`${f.coach} heeft je hulpvraag aangenomen en neemt contact met je op.`, `${f.coach} accepted your request and will contact you.`),
        ...(f.coachEmail ? [t(`Zelf contact opnemen kan ook: ${f.coachEmail}.`, `You can also get in touch yourself: ${f.coachEmail}.`)] : []),
      ],
      action: t('Je aanvraag bekijken', 'View your request'),
    },
    declined: {
      subject: t(`${f.coach} kan jullie nu niet helpen`, `${f.coach} cannot help you right now`),
      lines: [
        t(`${f.coach} heeft je hulpvraag afgewezen: ${REASONS[f.reason ?? 'other'].nl}.`, `${f.coach} declined your request: ${REASONS[f.reason ?? 'other'].en}.`),
        ...(f.note ? [t(`De coach schrijft: "${f.note}"`, `The coach writes: "${f.note}"`)] : []),
        t('Met één klik gaat je vraag, zonder opnieuw te typen, naar de volgende coach die bij jullie past.', 'One click sends your request, without retyping, to the next coach that fits you.'),
      ],
      action: t('Naar een andere coach sturen', 'Send to another coach'),
    },
    completed: {
      subject: t(`Hoe was de hulp van ${f.coach}?`, `How was the help from ${f.coach}?`),
      lines: [
        t(`${f.coach} heeft de begeleiding afgerond.`, `${f.coach} has completed the help.`),
        t('Geef een cijfer van 1 tot 5. Zo vinden andere bedrijven sneller een coach die bij hen past.', 'Give a rating from 1 to 5. It helps other companies find a coach that suits them.'),
      ],
      action: t('Feedback geven', 'Give feedback'),
    },
    lapsed: {
      subject: t(`Geen antwoord van ${f.coach}: stuur je vraag door`, `No answer from ${f.coach}: send your request on`),
      lines: [
        t(`${f.coach} heeft binnen 10 werkdagen niet geantwoord. Je vraag is daarom vervallen.`, `${f.coach} did not answer within 10 working days, so your request has lapsed.`),
        t('Met één klik gaat je vraag, zonder opnieuw te typen, naar de volgende coach die bij jullie past.', 'One click sends your request, without retyping, to the next coach that fits you.'),
      ],
      action: t('Naar een andere coach sturen', 'Send to another coach'),
    },
  };
  const m = texts[event];
  return {
    subject: m.subject,
    ...layout(locale, {
      greeting: t(`Hallo ${f.name},`, `Hello ${f.name},`),
      lines: m.lines,
      action: { label: m.action, url: f.url },
      footer: t('Je krijgt dit omdat je via Groeiwijzer een coach om hulp vroeg.', 'You receive this because you asked a coach for help through Groeiwijzer.'),
    }),
  };
}
