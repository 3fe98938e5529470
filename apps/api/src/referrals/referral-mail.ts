import { type DeclineReason, type ReferralShare } from '@groeiwijzer/contracts';
import { ASPECTS, type Locale, regionByKey } from '@groeiwijzer/domain';
import { fill, TEXTS, textsFor } from '../i18n';
import { bilingualMail, catalogueMail, layout, type MailHalf, type RenderedMail } from '../mail/templates';
import { formatMoment } from '../common/time';

/* Referral mails. Transactional (through the outbox): each answers something the reader did or
 * must do about one request. The coach's reminder is the one reminder (kind 'referrals').
 * The owner gets them in their own language; a coach whose language we do not know (no account
 * yet) gets Dutch first and English below, as staff get scan invitations. Shared scan results
 * never go by mail: consent can be withdrawn, a sent mail cannot. Texts: `i18n/mail.*.ts`. */

const aspectName = (key: string | null, locale: Locale) => (key ? ASPECTS.find((a) => a.key === key)?.[locale] ?? key : null);
const day = (d: Date, locale: Locale) => formatMoment(d, locale, 'weekday');

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

/** A mail to a coach: in their language, or Dutch first and English below when unknown (`null`). */
function coachMail(locale: Locale | null, subject: (l: Locale) => string, half: (l: Locale) => MailHalf, url: string): RenderedMail {
  if (!locale) return bilingualMail(`${subject('nl')} / ${subject('en')}`, url, half('nl'), half('en'));
  const h = half(locale);
  return {
    subject: subject(locale),
    ...layout(locale, { greeting: textsFor(locale).mail.greetingAnonymous, lines: h.lines, action: { label: h.action, url }, footer: textsFor(locale).mail.referrals.coachFooter }),
  };
}

/** To the coach: a new request (reminder: still unanswered after 5 working days). */
export function coachRequestMail(locale: Locale | null, f: CoachRequestFacts, reminder = false): RenderedMail {
  const region = regionByKey(f.region)?.name ?? f.region;
  return coachMail(locale, (l) => fill(reminder ? TEXTS[l].mail.referrals.request.subjectReminder : TEXTS[l].mail.referrals.request.subject, { organisation: f.organisation }), (l) => {
    const t = TEXTS[l].mail.referrals;
    const aspect = aspectName(f.aspect, l);
    return {
      lines: [
        fill(reminder ? t.request.openingReminder : t.request.opening, { organisation: f.organisation }),
        fill(t.request.facts, { sector: f.sectorName[l], region, employees: f.employees, aspect: aspect ? fill(t.request.aspect, { aspect }) : '', share: t.share[f.share] }),
        fill(t.request.answerBy, { by: day(f.answerBy, l) }),
        t.request.signIn,
      ],
      action: t.request.action,
    };
  }, f.url);
}

/** To the coach: the owner withdrew a request that was still open. */
export function coachCancelledMail(locale: Locale | null, organisation: string, url: string): RenderedMail {
  return coachMail(locale, (l) => fill(TEXTS[l].mail.referrals.withdrawn.subject, { organisation }), (l) => {
    const t = TEXTS[l].mail.referrals.withdrawn;
    return { lines: t.lines.map((line) => fill(line, { organisation })), action: t.action };
  }, url);
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
  const t = textsFor(locale).mail.referrals;
  const vars = {
    coach: f.coach, by: f.answerBy ? day(f.answerBy, locale) : '', share: t.share[f.share], reason: t.reasons[f.reason ?? 'other'],
  };
  const entry = t[event];
  const extra: Record<OwnerEvent, string[]> = {
    requested: [],
    accepted: f.coachEmail ? [fill(t.accepted.contact, { email: f.coachEmail })] : [],
    declined: [...(f.note ? [fill(t.declined.note, { note: f.note })] : []), t.forwardOneClick],
    completed: [],
    lapsed: [t.forwardOneClick],
  };
  const lines = [...entry.lines.map((line) => fill(line, vars)), ...extra[event]];
  return catalogueMail(locale, entry, { name: f.name, url: f.url, vars, lines, footer: t.ownerFooter });
}
