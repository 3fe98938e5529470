import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type FollowUpRequest } from '@groeiwijzer/contracts';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

export class FollowUpDto implements FollowUpRequest {
  @ApiProperty({ example: '2027-01-14T15:30', description: 'Local time in the Netherlands (YYYY-MM-DDTHH:mm) or an ISO moment with offset' })
  @IsString() @Matches(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/)
  startsAt!: string;

  @ApiPropertyOptional({ default: 90, minimum: 15, maximum: 480 })
  @IsOptional() @IsInt() @Min(15) @Max(480)
  minutes?: number;

  @ApiPropertyOptional({ example: 'Kantine' })
  @IsOptional() @IsString() @MaxLength(200)
  location?: string;
}
