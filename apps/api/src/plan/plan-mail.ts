import { type Locale } from '@groeiwijzer/domain';
import { type CalendarEvent, icsCalendar } from '../mail/ics';
import { type MailAttachment } from '../mail/outbox.service';
import { layout, type RenderedMail } from '../mail/templates';
import { formatDay, parseClosesAt } from '../common/time';
import { type Window } from './plan-reminder-rules';

/** What a reminder or a calendar file says about a step. */
export interface StepInfo {
  id: string;
  title: string;
  organisation: string;
  dueDate: string | null;
  responsible: string | null;
  /** The plan page in the web app. */
  url: string;
}

export interface SchemeInfo {
  title: string;
  window: Window;
}

const dayName = (day: string, locale: Locale, weekday = true) => formatDay(day, locale, weekday ? 'weekdayYear' : 'long');

const daysUntil = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** Every calendar file made later replaces the earlier ones of the same event (same UID): the
 * sequence counts seconds since 2025, so it only grows and fits the 32-bit INTEGER of RFC 5545
 * until 2093. No counter to store, and a moved date always wins over the old file. */
export const icsSequence = (now: Date) => Math.max(1, Math.floor((now.getTime() - Date.UTC(2025, 0, 1)) / 1000));

/** The due date as an all-day event. */
export function dueEvent(step: StepInfo, locale: Locale, now: Date): CalendarEvent {
  return {
    uid: `plan-step-${step.id}-due@groeiwijzer`,
    day: step.dueDate!,
    stamp: now,
    sequence: icsSequence(now),
    summary: locale === 'en' ? `Due: ${step.title}` : `Deadline: ${step.title}`,
    description: locale === 'en'
      ? `A step in the action plan of ${step.organisation}${step.responsible ? ` (responsible: ${step.responsible})` : ''}. ${step.url}`
      : `Een stap uit het ontwikkelplan van ${step.organisation}${step.responsible ? ` (verantwoordelijk: ${step.responsible})` : ''}. ${step.url}`,
    url: step.url,
  };
}

/** The scheme's closing moment: the end of its closing day in the Netherlands. */
export function closingEvent(step: StepInfo, scheme: SchemeInfo, locale: Locale, now: Date): CalendarEvent {
  const end = parseClosesAt(scheme.window.closes)!;
  return {
    uid: `plan-step-${step.id}-closes@groeiwijzer`,
    start: new Date(end.getTime() - 30 * 60_000),
    end,
    stamp: now,
    sequence: icsSequence(now),
    summary: locale === 'en' ? `Applications close: ${scheme.title}` : `Aanvragen sluit: ${scheme.title}`,
    description: locale === 'en'
      ? `Apply by the end of this day. The step "${step.title}" in the action plan of ${step.organisation} depends on it. ${step.url}`
      : `Aanvragen kan tot het eind van deze dag. De stap "${step.title}" uit het ontwikkelplan van ${step.organisation} hangt ervan af. ${step.url}`,
    url: step.url,
  };
}

export function calendarAttachment(filename: string, events: CalendarEvent[]): MailAttachment {
  return { filename, contentType: 'text/calendar; charset=utf-8; method=PUBLISH', content: icsCalendar(events) };
}

const FOOTER = { nl: 'Je krijgt dit omdat je eigenaar bent van dit bedrijf in Groeiwijzer.', en: 'You receive this because you own this company’s account in Groeiwijzer.' };

/** The day before a step's due date. */
export function dueReminderMail(locale: Locale, name: string, step: StepInfo): RenderedMail {
  const day = dayName(step.dueDate!, locale);
  if (locale === 'en') {
    return {
      subject: `Tomorrow: "${step.title}" is due`,
      ...layout('en', {
        greeting: `Hello ${name},`,
        lines: [
          `Tomorrow (${day}) is the due date of "${step.title}" in the action plan of ${step.organisation}.${step.responsible ? ` Responsible: ${step.responsible}.` : ''}`,
          'Why it matters: small steps that get done are what makes learning at work grow. Is it done? Move it to "Done"; the next scan shows whether it helped.',
        ],
        action: { label: 'Open the action plan', url: step.url },
        footer: FOOTER.en,
      }),
    };
  }
  return {
    subject: `Morgen: deadline van "${step.title}"`,
    ...layout('nl', {
      greeting: `Hallo ${name},`,
      lines: [
        `Morgen (${day}) is de deadline van "${step.title}" in het ontwikkelplan van ${step.organisation}.${step.responsible ? ` Verantwoordelijk: ${step.responsible}.` : ''}`,
        'Waarom het telt: kleine stappen die af komen, laten het leren op het werk groeien. Is het klaar? Zet de stap op "Klaar"; de volgende scan laat zien of het hielp.',
      ],
      action: { label: 'Ontwikkelplan openen', url: step.url },
      footer: FOOTER.nl,
    }),
  };
}

/** A scheme on the plan opens for applications today. */
export function windowOpensMail(locale: Locale, name: string, step: StepInfo, scheme: SchemeInfo): RenderedMail {
  const closes = dayName(scheme.window.closes, locale);
  if (locale === 'en') {
    return {
      subject: `Open from today: ${scheme.title}`,
      ...layout('en', {
        greeting: `Hello ${name},`,
        lines: [
          `"${scheme.title}", linked to "${step.title}" in the action plan of ${step.organisation}, accepts applications from today until ${closes}.`,
          'Why it matters: schemes often run out of budget before they close. The attached calendar file holds the closing moment.',
        ],
        action: { label: 'Open the action plan', url: step.url },
        footer: FOOTER.en,
      }),
    };
  }
  return {
    subject: `Vanaf vandaag open: ${scheme.title}`,
    ...layout('nl', {
      greeting: `Hallo ${name},`,
      lines: [
        `"${scheme.title}", bij de stap "${step.title}" uit het ontwikkelplan van ${step.organisation}, is vanaf vandaag open voor aanvragen, tot en met ${closes}.`,
        'Waarom het telt: bij regelingen is het geld vaak op voordat ze sluiten. In het agendabestand bij deze mail staat het moment waarop aanvragen sluit.',
      ],
      action: { label: 'Ontwikkelplan openen', url: step.url },
      footer: FOOTER.nl,
    }),
  };
}

/** A scheme on the plan closes within a week. */
export function windowClosesMail(locale: Locale, name: string, step: StepInfo, scheme: SchemeInfo, today: string): RenderedMail {
  const closes = dayName(scheme.window.closes, locale);
  const days = daysUntil(today, scheme.window.closes);
  const inDays = locale === 'en'
    ? (days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`)
    : (days === 0 ? 'vandaag' : days === 1 ? 'morgen' : `over ${days} dagen`);
  if (locale === 'en') {
    return {
      subject: `${scheme.title} closes ${inDays} (${dayName(scheme.window.closes, 'en', false)})`,
      ...layout('en', {
        greeting: `Hello ${name},`,
        lines: [
          `Applications for "${scheme.title}", linked to "${step.title}" in the action plan of ${step.organisation}, close ${inDays}: at the end of ${closes}.`,
          'Why it matters: after that the next chance may be months away. The attached calendar file holds the closing moment.',
        ],
        action: { label: 'Open the action plan', url: step.url },
        footer: FOOTER.en,
      }),
    };
  }
  return {
    subject: `${scheme.title} sluit ${inDays} (${dayName(scheme.window.closes, 'nl', false)})`,
    ...layout('nl', {
      greeting: `Hallo ${name},`,
      lines: [
        `Aanvragen voor "${scheme.title}", bij de stap "${step.title}" uit het ontwikkelplan van ${step.organisation}, sluit ${inDays}: aan het eind van ${closes}.`,
        'Waarom het telt: daarna kan de volgende kans maanden weg zijn. In het agendabestand bij deze mail staat het moment waarop aanvragen sluit.',
      ],
      action: { label: 'Ontwikkelplan openen', url: step.url },
      footer: FOOTER.nl,
    }),
  };
}
