import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type CreateRoundRequest, type InviteRequest, type SurveySubmission } from '@groeiwijzer/contracts';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsDefined, IsInt, IsNotEmpty, IsObject, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';

const trim = Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

export class CreateRoundDto implements CreateRoundRequest {
  @ApiProperty({ example: 'Scan voorjaar 2027' })
  @trim @IsString() @IsNotEmpty() @MinLength(2) @MaxLength(120)
  title!: string;

  @ApiProperty({ example: '2027-03-31', description: 'A date (closes at the end of that day, Amsterdam time) or an ISO 8601 moment' })
  @IsString() @Matches(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/)
  closesAt!: string;

  @ApiPropertyOptional({ minimum: 3, maximum: 100, default: 5 })
  @IsOptional() @IsInt() @Min(3) @Max(100)
  minResponses?: number;

  @ApiPropertyOptional({ type: [String], example: ['Werkplaats', 'Kantoor'] })
  @IsOptional() @IsArray() @ArrayMaxSize(12) @IsString({ each: true }) @MinLength(1, { each: true }) @MaxLength(60, { each: true })
  groups?: string[];
}

export class InviteDto implements InviteRequest {
  @ApiProperty({ type: [String] })
  @IsArray() @ArrayNotEmpty() @ArrayMaxSize(500) @IsString({ each: true })
  emails!: string[];
}

export class AnswersDto {
  @ApiProperty({ description: 'itemId → 1..5, or null for "weet ik niet / niet van toepassing"', example: { wc1: 4, wc2: null } })
  @IsDefined() @IsObject()
  answers!: Record<string, number | null>;
}

export class SurveySubmissionDto extends AnswersDto implements SurveySubmission {
  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional() @trim @IsString() @MaxLength(2000)
  comment?: string;

  @ApiPropertyOptional()
  @IsOptional() @IsString() @MaxLength(60)
  group?: string;
}
