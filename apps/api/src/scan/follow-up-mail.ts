import { ASPECTS, type Locale } from '@groeiwijzer/domain';
import { icsEvent } from '../mail/ics';
import { type MailAttachment } from '../mail/outbox.service';
import { layout, type RenderedMail } from '../mail/templates';
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
  return {
    filename: 'vervolggesprek.ics',
    contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
    content: icsEvent({
      uid: `follow-up-${f.roundId}@groeiwijzer`,
      sequence: f.sequence,
      start: f.startsAt,
      end: new Date(f.startsAt.getTime() + f.minutes * 60_000),
      summary: `Vervolggesprek leerscan ${f.organisation} / follow-up session`,
      description: `Bespreek de uitkomsten van "${f.roundTitle}" met het team. Agenda en rapport: ${f.reportUrl}`,
      location: f.location ?? undefined,
      url: f.reportUrl,
      cancelled,
    }),
  };
}

export function followUpPlannedMail(locale: Locale, name: string, f: FollowUp, reminder: boolean): RenderedMail {
  const at = when(f.startsAt, locale);
  if (locale === 'en') {
    return {
      subject: reminder ? `Tomorrow: follow-up session on "${f.roundTitle}"` : `Follow-up session planned: ${at}`,
      ...layout('en', {
        greeting: `Hello ${name},`,
        lines: [
          reminder ? `Tomorrow (${at}) you discuss the scan results with your team.` : `The follow-up session on "${f.roundTitle}" is planned for ${at}${f.location ? ` at ${f.location}` : ''}. The calendar file is attached.`,
          'Why it matters: talking together about what goes well and what could grow is where learning starts. The report suggests an agenda.',
        ],
        action: { label: 'Open the report and agenda', url: f.reportUrl },
        footer: 'You receive this because you own this company’s account in Groeiwijzer.',
      }),
    };
  }
  return {
    subject: reminder ? `Morgen: vervolggesprek over "${f.roundTitle}"` : `Vervolggesprek gepland: ${at}`,
    ...layout('nl', {
      greeting: `Hallo ${name},`,
      lines: [
        reminder ? `Morgen (${at}) bespreek je de uitkomsten van de scan met je team.` : `Het vervolggesprek over "${f.roundTitle}" staat op ${at}${f.location ? ` in ${f.location}` : ''}. Het agendabestand zit bij deze mail.`,
        'Waarom het telt: samen praten over wat goed gaat en wat beter kan, is waar leren begint. Het rapport geeft een voorstel voor de agenda.',
      ],
      action: { label: 'Rapport en agenda openen', url: f.reportUrl },
      footer: 'Je krijgt dit omdat je eigenaar bent van dit bedrijf in Groeiwijzer.',
    }),
  };
}

/** 6 or 12 months after a closed round: scan again, and see whether the weak spot improved. */
export function rescanMail(locale: Locale, name: string, organisation: string, months: number, aspect: string | null, url: string): RenderedMail {
  const label = ASPECTS.find((a) => a.key === aspect)?.[locale];
  if (locale === 'en') {
    return {
      subject: `${months} months on: has learning at ${organisation} moved?`,
      ...layout('en', {
        greeting: `Hello ${name},`,
        lines: [
          `${months} months ago your team answered the learning-culture scan.${label ? ` The weak spot then was "${label}".` : ''}`,
          'Why it matters: a new round shows whether what you worked on made a difference, and what to do next.',
        ],
        action: { label: 'Start a new scan', url },
        footer: 'You receive this because you run scans in Groeiwijzer.',
      }),
    };
  }
  return {
    subject: `${months} maanden later: is het leren bij ${organisation} vooruitgegaan?`,
    ...layout('nl', {
      greeting: `Hallo ${name},`,
      lines: [
        `${months} maanden geleden vulde je team de leerscan in.${label ? ` Het zwakke punt was toen "${label}".` : ''}`,
        'Waarom het telt: een nieuwe ronde laat zien of waar jullie aan werkten verschil maakt, en wat de volgende stap is.',
      ],
      action: { label: 'Nieuwe scan starten', url },
      footer: 'Je krijgt dit omdat je scans doet in Groeiwijzer.',
    }),
  };
}

export function followUpCancelledMail(locale: Locale, name: string, f: FollowUp): RenderedMail {
  const at = when(f.startsAt, locale);
  if (locale === 'en') {
    return {
      subject: `Follow-up session cancelled: ${at}`,
      ...layout('en', {
        greeting: `Hello ${name},`,
        lines: [`The follow-up session on "${f.roundTitle}" of ${at} is off. The attached calendar file removes it from your calendar.`,
          'Why it matters: the results are still worth a conversation. Plan a new moment when it suits you.'],
        action: { label: 'Open the report', url: f.reportUrl },
        footer: 'You receive this because you own this company’s account in Groeiwijzer.',
      }),
    };
  }
  return {
    subject: `Vervolggesprek gaat niet door: ${at}`,
    ...layout('nl', {
      greeting: `Hallo ${name},`,
      lines: [`Het vervolggesprek over "${f.roundTitle}" van ${at} gaat niet door. Met het agendabestand bij deze mail haal je het uit je agenda.`,
        'Waarom het telt: de uitkomsten zijn een gesprek waard. Plan een nieuw moment als het past.'],
      action: { label: 'Rapport openen', url: f.reportUrl },
      footer: 'Je krijgt dit omdat je eigenaar bent van dit bedrijf in Groeiwijzer.',
    }),
  };
}
