import { ASPECTS, type Locale } from '@groeiwijzer/domain';
import { icsEvent } from '../mail/ics';
import { type MailAttachment } from '../mail/outbox.service';
import { fill, TEXTS, textsFor } from '../i18n';
import { catalogueMail, type RenderedMail } from '../mail/templates';
import { formatMoment } from '../common/time';

const when = (d: Date, locale: Locale) => formatMoment(d, locale, 'weekdayTime');

export interface FollowUp {
  roundId: string;
  organisation: string;
  roundTitle: string;
  startsAt: Date;
  minutes: number;
  location: string | null;
  sequence: number;
  reportUrl: string;
}

/** The follow-up session as a calendar event; the same uid with a higher sequence moves it. */
export function followUpCalendarFile(f: FollowUp, cancelled = false): MailAttachment {
  const nl = TEXTS.nl.mail.followUp;
  const en = TEXTS.en.mail.followUp;
  return {
    filename: 'vervolggesprek.ics',
    contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
    content: icsEvent({
      uid: `follow-up-${f.roundId}@groeiwijzer`,
      sequence: f.sequence,
      start: f.startsAt,
      end: new Date(f.startsAt.getTime() + f.minutes * 60_000),
      summary: `${fill(nl.calendarSummary, { organisation: f.organisation })} / ${en.calendarSummary}`,
      description: `${fill(nl.calendarDescription, { title: f.roundTitle })} / ${fill(en.calendarDescription, { title: f.roundTitle })} ${f.reportUrl}`,
      location: f.location ?? undefined,
      url: f.reportUrl,
      cancelled,
    }),
  };
}

/** To the owners: the session is planned (or, `reminder`, it is tomorrow). */
export function followUpPlannedMail(locale: Locale, name: string, f: FollowUp, reminder: boolean): RenderedMail {
  const t = textsFor(locale).mail;
  const where = f.location ? fill(t.followUp.where, { location: f.location }) : '';
  return catalogueMail(locale, reminder ? t.followUp.reminder : t.followUp.planned, {
    name, url: f.reportUrl, footer: t.footers.owner, vars: { title: f.roundTitle, at: when(f.startsAt, locale), where },
  });
}

/** 6 or 12 months after a closed round: scan again, and see whether the weak spot improved. */
export function rescanMail(locale: Locale, name: string, organisation: string, months: number, aspect: string | null, url: string): RenderedMail {
  const t = textsFor(locale).mail;
  const label = ASPECTS.find((a) => a.key === aspect)?.[locale];
  const weakSpot = label ? fill(t.rescan.weakSpot, { aspect: label }) : '';
  return catalogueMail(locale, t.rescan, { name, url, footer: t.footers.scans, vars: { months, organisation, weakSpot } });
}

export function followUpCancelledMail(locale: Locale, name: string, f: FollowUp): RenderedMail {
  const t = textsFor(locale).mail;
  return catalogueMail(locale, t.followUp.cancelled, {
    name, url: f.reportUrl, footer: t.footers.owner, vars: { title: f.roundTitle, at: when(f.startsAt, locale) },
  });
}
