import { Module } from '@nestjs/common';
import { CandidatesRepository } from './candidates.repository';
import { MatchingController } from './matching.controller';
import { MatchingRepository } from './matching.repository';
import { MatchingService } from './matching.service';

@Module({
  controllers: [MatchingController],
  providers: [MatchingService, MatchingRepository, CandidatesRepository],
  exports: [MatchingService, MatchingRepository, CandidatesRepository],
})
export class MatchingModule {}
