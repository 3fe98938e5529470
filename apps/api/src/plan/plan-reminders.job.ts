import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { amsterdamDate, Clock } from '../common/time';
import { type MailAttachment } from '../mail/outbox.service';
import { type RenderedMail } from '../mail/templates';
import { NotificationsService } from '../notifications/notifications.service';
import { calendarAttachment, closingEvent, dueEvent, dueReminderMail, type StepInfo, windowClosesMail, windowOpensMail } from './plan-mail';
import { CLOSING_NOTICE_DAYS, type DueReminder, remindersDue } from './plan-reminder-rules';
import { type Owner, PlanRepository, type ReminderCandidate } from './plan.repository';
import { PlanService } from './plan.service';
import { claimEach, PeriodicJob } from '../platform/jobs';

/** Reminders about the action plan, through the reminder engine (quiet hours, one mail a day):
 * the day before a step's due date (kind `plan`), and for a scheme on the plan the day its window
 * opens and the week before it closes (kind `schemes`), to every owner in their language, with a
 * calendar file. Each reminder is claimed by its key in `plan_step_reminders` in the same
 * transaction as the queued mail, so several API processes send it once. */
@Injectable()
export class PlanRemindersJob {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repo: PlanRepository,
    private readonly plan: PlanService,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
  ) {}

  @PeriodicJob('plan-reminders', 60 * 60_000)
  tick(): Promise<number> {
    return this.run();
  }

  /** Queues what is due at `now`; returns how many reminders (one per owner) were queued. */
  async run(now = this.clock.now()): Promise<number> {
    const today = amsterdamDate(now);
    const candidates = await this.repo.reminderCandidates(this.db.manager, today, CLOSING_NOTICE_DAYS);
    const due = candidates.flatMap((candidate) => this.due(candidate, today).map((reminder) => ({ candidate, reminder })));
    return claimEach(this.db, due, async (m, { candidate, reminder }) => {
      // Read again under a lock: a step deleted, done or moved meanwhile gets nothing.
      const [step] = await this.repo.reminderCandidates(m, today, CLOSING_NOTICE_DAYS, candidate.id);
      if (!step || !this.due(step, today).some((r) => r.key === reminder.key)) return 0;
      if (!(await this.repo.claimReminder(m, step.id, reminder.key, now))) return 0;
      return this.queue(m, step, reminder, today, now);
    });
  }

  private due(step: ReminderCandidate, today: string): DueReminder[] {
    return remindersDue({ status: step.status, dueDate: step.due_date, windows: Array.isArray(step.windows) ? step.windows : null }, today);
  }

  private async queue(m: EntityManager, step: ReminderCandidate, reminder: DueReminder, today: string, now: Date): Promise<number> {
    const info: StepInfo = {
      id: step.id, title: step.title, organisation: step.organisation, dueDate: step.due_date, responsible: step.responsible,
      url: this.plan.planUrl(step.organisation_id),
    };
    const owners = (await this.repo.owners(m, step.organisation_id)).map((o) => ({ ...o, locale: o.locale === 'en' ? 'en' as const : 'nl' as const }));
    return this.notifications.remindEach(m, owners, now, (owner) => {
      const { mail, attachment } = this.render(owner, info, step, reminder, today, now);
      return { idempotencyKey: `plan-reminder:${step.id}:${reminder.key}:${owner.id}`, kind: reminder.kind, mail, attachments: [attachment] };
    });
  }

  private render(owner: Owner, info: StepInfo, step: ReminderCandidate, reminder: DueReminder, today: string, now: Date): { mail: RenderedMail; attachment: MailAttachment } {
    const locale = owner.locale === 'en' ? 'en' : 'nl';
    if (reminder.type === 'due') {
      return { mail: dueReminderMail(locale, owner.name, info), attachment: calendarAttachment('deadline.ics', [dueEvent(info, locale, now)]) };
    }
    const scheme = { title: step.item_title!, window: reminder.window! };
    const attachment = calendarAttachment('regeling-sluit.ics', [closingEvent(info, scheme, locale, now)]);
    const mail = reminder.type === 'opens' ? windowOpensMail(locale, owner.name, info, scheme) : windowClosesMail(locale, owner.name, info, scheme, today);
    return { mail, attachment };
  }
}
