import { Module } from '@nestjs/common';
import { MailSender } from './mail-sender.service';
import { OutboxService } from './outbox.service';

@Module({
  providers: [OutboxService, MailSender],
  exports: [OutboxService, MailSender],
})
export class MailModule {}
