import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type AddMemberRequest } from '@groeiwijzer/contracts';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ValidateBy, type ValidationOptions, IsArray, IsEmail, IsNotEmpty, IsOptional, IsString, IsUrl, MaxLength, MinLength } from 'class-validator';
import { isRegionKey, NATIONWIDE } from '@groeiwijzer/domain';

/** A region key, or `landelijk` for a national publisher (the admin approves either). Named like
 * IsRegionKey so that the same message explains it. */
function IsPublisherRegion(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: 'isRegionKey', validator: { validate: (v) => v === NATIONWIDE || isRegionKey(v) } }, options);
}

export class CreatePublisherDto {
  @ApiProperty({ example: 'Sectortafel Bouw & Infra Twente' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString() @IsNotEmpty() @MinLength(2) @MaxLength(160)
  name!: string;

  @ApiProperty({ example: ['twente'], type: [String], description: 'Regions the publisher works in; `landelijk` for a national body. Its items may only be offered there.' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(36) @IsPublisherRegion({ each: true })
  regions!: string[];

  @ApiPropertyOptional({ example: 'https://www.leerwerkloket.nl/twente' })
  @IsOptional() @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  website?: string;
}

export class AddMemberDto implements AddMemberRequest {
  @ApiProperty({ example: 'collega@sectortafel.nl', description: 'An account\'s address (added at once) or a new address (invited by mail)' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsEmail() @MaxLength(254)
  email!: string;
}
