import { type Locale } from '@groeiwijzer/domain';
import { type CalendarEvent, icsCalendar } from '../mail/ics';
import { type MailAttachment } from '../mail/outbox.service';
import { fill, textsFor } from '../i18n';
import { catalogueMail, type RenderedMail } from '../mail/templates';
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
  const t = textsFor(locale).mail.plan;
  const responsible = step.responsible ? fill(t.responsible, { name: step.responsible }) : '';
  return {
    uid: `plan-step-${step.id}-due@groeiwijzer`,
    day: step.dueDate!,
    stamp: now,
    sequence: icsSequence(now),
    summary: fill(t.dueSummary, { title: step.title }),
    description: fill(t.dueDescription, { organisation: step.organisation, responsible, url: step.url }),
    url: step.url,
  };
}

/** The scheme's closing moment: the end of its closing day in the Netherlands. */
export function closingEvent(step: StepInfo, scheme: SchemeInfo, locale: Locale, now: Date): CalendarEvent {
  const t = textsFor(locale).mail.plan;
  const end = parseClosesAt(scheme.window.closes)!;
  return {
    uid: `plan-step-${step.id}-closes@groeiwijzer`,
    start: new Date(end.getTime() - 30 * 60_000),
    end,
    stamp: now,
    sequence: icsSequence(now),
    summary: fill(t.closingSummary, { scheme: scheme.title }),
    description: fill(t.closingDescription, { title: step.title, organisation: step.organisation, url: step.url }),
    url: step.url,
  };
}

export function calendarAttachment(filename: string, events: CalendarEvent[]): MailAttachment {
  return { filename, contentType: 'text/calendar; charset=utf-8; method=PUBLISH', content: icsCalendar(events) };
}

/** A plan mail to an owner: `entry`'s texts filled with the step's and `vars`. */
function planMail(locale: Locale, name: string, step: StepInfo, entry: { subject: string; lines: readonly string[] }, vars: Record<string, string>): RenderedMail {
  const t = textsFor(locale).mail;
  return catalogueMail(locale, { ...entry, action: t.plan.action }, {
    name, url: step.url, footer: t.footers.owner, vars: { title: step.title, organisation: step.organisation, ...vars },
  });
}

/** The day before a step's due date. */
export function dueReminderMail(locale: Locale, name: string, step: StepInfo): RenderedMail {
  const t = textsFor(locale).mail.plan.due;
  const responsible = step.responsible ? fill(t.responsible, { name: step.responsible }) : '';
  return planMail(locale, name, step, t, { day: dayName(step.dueDate!, locale), responsible });
}

/** A scheme on the plan opens for applications today. */
export function windowOpensMail(locale: Locale, name: string, step: StepInfo, scheme: SchemeInfo): RenderedMail {
  return planMail(locale, name, step, textsFor(locale).mail.plan.opens, { scheme: scheme.title, closes: dayName(scheme.window.closes, locale) });
}

/** A scheme on the plan closes within a week. */
export function windowClosesMail(locale: Locale, name: string, step: StepInfo, scheme: SchemeInfo, today: string): RenderedMail {
  const t = textsFor(locale).mail.plan.closes;
  const days = daysUntil(today, scheme.window.closes);
  const inDays = days === 0 ? t.today : days === 1 ? t.tomorrow : fill(t.inDays, { n: days });
  return planMail(locale, name, step, t, {
    scheme: scheme.title, inDays, closes: dayName(scheme.window.closes, locale), closesDay: dayName(scheme.window.closes, locale, false),
  });
}
