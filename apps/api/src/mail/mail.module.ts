import { Module } from '@nestjs/common';
import { MailSender } from './mail-sender.service';
import { OutboxRepository } from './outbox.repository';
import { OutboxService } from './outbox.service';
import { OutboxAdminController } from './outbox-admin.controller';

@Module({
  controllers: [OutboxAdminController],
  providers: [OutboxService, MailSender, OutboxRepository],
  exports: [OutboxService, MailSender],
})
export class MailModule {}
