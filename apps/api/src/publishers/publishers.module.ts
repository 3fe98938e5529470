import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { InvitationsController } from './invitations.controller';
import { InvitationsService } from './invitations.service';
import { PublishersController } from './publishers.controller';
import { PublishersRepository } from './publishers.repository';
import { PublishersService } from './publishers.service';

@Module({
  imports: [MailModule],
  controllers: [PublishersController, InvitationsController],
  providers: [PublishersService, InvitationsService, PublishersRepository],
  exports: [PublishersService],
})
export class PublishersModule {}
