import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { NotificationsController } from './notifications.controller';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsService } from './notifications.service';
import { ReminderBundler } from './reminder-bundler.service';

@Module({
  imports: [MailModule],
  controllers: [NotificationsController],
  providers: [NotificationsService, ReminderBundler, NotificationsRepository],
  exports: [NotificationsService, ReminderBundler],
})
export class NotificationsModule {}
