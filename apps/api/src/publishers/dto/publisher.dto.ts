import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type AddMemberRequest } from '@groeiwijzer/contracts';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEmail, IsNotEmpty, IsOptional, IsString, IsUrl, MaxLength, MinLength } from 'class-validator';
import { IsRegionKey } from '../../common/validators';

export class CreatePublisherDto {
  @ApiProperty({ example: 'Sectortafel Bouw & Infra Twente' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString() @IsNotEmpty() @MinLength(2) @MaxLength(160)
  name!: string;

  @ApiProperty({ example: ['twente'], type: [String] })
  @IsArray() @ArrayMaxSize(35) @IsRegionKey({ each: true })
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
