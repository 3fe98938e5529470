import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { ScanModule } from '../scan/scan.module';
import { PrivacyController } from './privacy.controller';
import { PrivacyRepository } from './privacy.repository';
import { PrivacyService } from './privacy.service';

@Module({
  imports: [MailModule, ScanModule],
  controllers: [PrivacyController],
  providers: [PrivacyRepository, PrivacyService],
})
export class PrivacyModule {}
