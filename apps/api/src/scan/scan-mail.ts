import { type Locale } from '@groeiwijzer/domain';
import { fill, TEXTS, textsFor } from '../i18n';
import { icsEvent } from '../mail/ics';
import { type MailAttachment } from '../mail/outbox.service';
import { bilingualMail, catalogueMail, type RenderedMail } from '../mail/templates';
import { formatMoment } from '../common/time';

/* The scan's mails. Staff get the invitation and the reminders Dutch first, English below (we do
 * not know their language), each half with its own date words; owners get the report mail in
 * their own language. The owner never learns which employee got a reminder. */

/** The invitation to an employee. */
export function invitationMail(organisation: string, title: string, closesAt: Date, url: string): RenderedMail {
  const half = (locale: Locale) => {
    const t = textsFor(locale).mail;
    const vars = { organisation, title, closingDay: formatMoment(closesAt, locale, 'long') };
    return { lines: [t.greetingAnonymous, ...t.scanInvitation.lines.map((l) => fill(l, vars))], action: t.scanInvitation.action };
  };
  const subject = `${fill(TEXTS.nl.mail.scanInvitation.subject, { organisation })} / ${TEXTS.en.mail.scanInvitation.subject}`;
  return bilingualMail(subject, url, half('nl'), half('en'));
}

/** To an invited employee who has not answered yet: a few days after the invitation, and the
 * day before the round closes (`last`). */
export function scanReminderMail(organisation: string, title: string, closesAt: Date, url: string, last: boolean): RenderedMail {
  const half = (locale: Locale) => {
    const t = textsFor(locale).mail;
    const vars = { organisation, title, closes: formatMoment(closesAt, locale, 'weekday') };
    const r = t.scanReminder;
    return { lines: [t.greetingAnonymous, ...[last ? r.openingLast : r.opening, ...r.lines].map((l) => fill(l, vars))], action: r.action, footer: r.footer };
  };
  const subject = (locale: Locale) => fill(last ? TEXTS[locale].mail.scanReminder.subjectLast : TEXTS[locale].mail.scanReminder.subject, { organisation });
  return bilingualMail(`${subject('nl')} / ${subject('en')}`, url, half('nl'), half('en'));
}

/** To the owners when a round closes: the report is ready, or withheld with too few answers. */
export function reportReadyMail(locale: Locale, name: string, title: string, url: string, ready: boolean): RenderedMail {
  const t = textsFor(locale).mail;
  return catalogueMail(locale, ready ? t.reportReady : t.reportWithheld, { name, url, vars: { title }, footer: t.footers.scans });
}

/** The closing moment as a calendar entry, so staff can put the deadline in their agenda. */
export function closingCalendarFile(roundId: string, organisation: string, title: string, closesAt: Date, url: string): MailAttachment {
  const both = (key: 'calendarSummary' | 'calendarDescription') =>
    `${fill(TEXTS.nl.mail.scanInvitation[key], { organisation, title })} / ${TEXTS.en.mail.scanInvitation[key]}`;
  return {
    filename: 'vragenlijst-sluit.ics',
    contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
    content: icsEvent({
      uid: `scan-round-${roundId}@groeiwijzer`,
      start: new Date(closesAt.getTime() - 30 * 60_000),
      end: closesAt,
      summary: both('calendarSummary'),
      description: `${both('calendarDescription')} ${url}`,
      url,
    }),
  };
}
