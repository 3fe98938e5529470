import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type ItemKind, type RecommendationsQuery } from '@groeiwijzer/contracts';
import { ITEM_KINDS } from '@groeiwijzer/domain';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsUUID, ValidateBy } from 'class-validator';

/** "true" and "false" in a query string become booleans; anything else stays and is refused. */
const queryBoolean = Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value));
const IsQueryBoolean = () => ValidateBy({ name: 'isQueryBoolean', validator: { validate: (v) => typeof v === 'boolean' } });

export class RecommendationsQueryDto implements RecommendationsQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'A closed round of this organisation with a ready report (default: the latest one)' })
  @IsOptional() @IsUUID()
  roundId?: string;

  @ApiPropertyOptional({ enum: ITEM_KINDS, description: 'Only this kind of offer' })
  @IsOptional() @IsIn(ITEM_KINDS)
  kind?: ItemKind;

  @ApiPropertyOptional({ type: Boolean, description: 'Only offers that name the organisation\'s own region (no nationwide ones)' })
  @IsOptional() @queryBoolean @IsQueryBoolean()
  regionalOnly?: boolean;

  @ApiPropertyOptional({ type: Boolean, description: 'Only offers without costs' })
  @IsOptional() @queryBoolean @IsQueryBoolean()
  freeOnly?: boolean;

  @ApiPropertyOptional({ enum: ['nl', 'en'], description: 'Only offers in this language (offers that name none stay)' })
  @IsOptional() @IsIn(['nl', 'en'])
  language?: 'nl' | 'en';
}

export class EligibilityQueryDto {
  @ApiProperty({ format: 'uuid' })
  @IsNotEmpty() @IsUUID()
  organisationId!: string;
}
