import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { type CreateOrganisationRequest } from '@groeiwijzer/contracts';
import { MAX_EMPLOYEES } from '@groeiwijzer/domain';
import { Transform } from 'class-transformer';
import { IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { IsKvkNumber, IsRegionKey, IsSectorCode, IsYesNo } from '../../common/validators';

export class CreateOrganisationDto implements CreateOrganisationRequest {
  @ApiProperty({ example: 'Bakkerij De Vries' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString() @IsNotEmpty() @MinLength(2) @MaxLength(120)
  name!: string;

  @ApiPropertyOptional({ example: '12345678', description: 'KvK number, 8 digits' })
  @IsOptional() @IsKvkNumber()
  kvkNumber?: string;

  @ApiProperty({ example: 'C', description: 'SBI 2008 section letter A–U' })
  @IsSectorCode()
  sector!: string;

  @ApiProperty({ example: 'twente', description: 'Labour-market region key (regions.json)' })
  @IsRegionKey()
  region!: string;

  @ApiProperty({ example: 12, minimum: 1, maximum: MAX_EMPLOYEES })
  @IsInt() @Min(1) @Max(MAX_EMPLOYEES)
  employees!: number;

  @ApiPropertyOptional({ example: false, description: 'Opt-in: one mail when a group offer answers a weak spot shared in the region' })
  @IsOptional() @IsYesNo()
  groupOfferMail?: boolean;
}

export class UpdateOrganisationDto extends PartialType(CreateOrganisationDto) {}
