import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type CoachFeedbackRequest, type CreateReferralRequest, type DeclineReason, type DeclineReferralRequest, type OwnerFeedbackRequest,
  type ReferralShare,
} from '@groeiwijzer/contracts';
import { ASPECT_KEYS, type AspectKey } from '@groeiwijzer/domain';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateIf } from 'class-validator';

const trim = Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

export const REFERRAL_SHARES = ['none', 'summary', 'report'] as const satisfies readonly ReferralShare[];
export const DECLINE_REASONS = ['no_capacity', 'not_my_expertise', 'outside_region', 'other'] as const satisfies readonly DeclineReason[];
export const MESSAGE_MAX = 2000;
export const NOTE_MAX = 1000;

export class CreateReferralDto implements CreateReferralRequest {
  @ApiProperty({ format: 'uuid', description: 'A published, approved coach item that fits the organisation and has room' })
  @IsNotEmpty() @IsUUID()
  coachItemId!: string;

  @ApiProperty({ maxLength: MESSAGE_MAX, example: 'Wij willen onze teamleiders leren coachen. Kunt u ons helpen?' })
  @trim @IsString() @IsNotEmpty() @MaxLength(MESSAGE_MAX)
  message!: string;

  @ApiProperty({ enum: REFERRAL_SHARES, description: 'What the coach may see: nothing, the summary (aspect means, strengths, weak spots) or the full report' })
  @IsNotEmpty() @IsIn(REFERRAL_SHARES)
  share!: ReferralShare;

  @ApiPropertyOptional({ format: 'uuid', description: 'The round whose results are shared (default: the latest closed round with a ready report)' })
  @IsOptional() @IsUUID()
  roundId?: string;

  @ApiPropertyOptional({ enum: ASPECT_KEYS, nullable: true, description: 'The weak spot the request is about' })
  @IsOptional() @ValidateIf((o: CreateReferralDto) => o.aspect !== null) @IsIn(ASPECT_KEYS)
  aspect?: AspectKey | null;
}

export class DeclineReferralDto implements DeclineReferralRequest {
  @ApiProperty({ enum: DECLINE_REASONS })
  @IsNotEmpty() @IsIn(DECLINE_REASONS)
  reason!: DeclineReason;

  @ApiPropertyOptional({ maxLength: NOTE_MAX })
  @IsOptional() @trim @IsString() @MaxLength(NOTE_MAX)
  note?: string;
}

/** The owner sends {rating, comment?}, the coach {followedUp, note?}; which one the caller may
 * send is checked against their role in the referral. */
export class FeedbackDto implements Partial<OwnerFeedbackRequest>, Partial<CoachFeedbackRequest> {
  @ApiPropertyOptional({ minimum: 1, maximum: 5, description: 'Owner: how much the help was worth' })
  @IsOptional() @IsInt() @Min(1) @Max(5)
  rating?: number;

  @ApiPropertyOptional({ maxLength: MESSAGE_MAX, description: 'Owner' })
  @IsOptional() @trim @IsString() @MaxLength(MESSAGE_MAX)
  comment?: string;

  @ApiPropertyOptional({ description: 'Coach: did the company follow up on the advice?' })
  @IsOptional() @IsBoolean()
  followedUp?: boolean;

  @ApiPropertyOptional({ maxLength: NOTE_MAX, description: 'Coach' })
  @IsOptional() @trim @IsString() @MaxLength(NOTE_MAX)
  note?: string;
}
