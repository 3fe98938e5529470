import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type LoginRequest, type MagicLinkRequest, type MagicLinkVerifyRequest, type RegisterRequest, type UpdateMeRequest } from '@groeiwijzer/contracts';
import { IsDefined, IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { Transform } from 'class-transformer';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@groeiwijzer/domain';

const trim = Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
const lower = Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value));

export class RegisterDto implements RegisterRequest {
  @ApiProperty({ example: 'eigenaar@bakkerijdevries.nl' })
  @lower @IsNotEmpty() @IsEmail() @MaxLength(254)
  email!: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH, description: 'Also refused when common, leaked or easy to guess (zxcvbn score below 3): 400 with a hint.' })
  @IsString() @MinLength(PASSWORD_MIN_LENGTH) @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;

  @ApiProperty({ example: 'Anne de Vries' })
  @trim @IsString() @IsNotEmpty() @MaxLength(120)
  name!: string;

  @ApiPropertyOptional({ enum: ['nl', 'en'] })
  @IsOptional() @IsIn(['nl', 'en'])
  locale?: 'nl' | 'en';
}

export class LoginDto implements LoginRequest {
  @ApiProperty() @lower @IsString() @IsNotEmpty() @MaxLength(254)
  email!: string;

  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(200)
  password!: string;
}

export class MagicLinkDto implements MagicLinkRequest {
  @ApiProperty() @lower @IsNotEmpty() @IsEmail() @MaxLength(254)
  email!: string;

  @ApiPropertyOptional({ enum: ['nl', 'en'] }) @IsOptional() @IsIn(['nl', 'en'])
  locale?: 'nl' | 'en';
}

export class MagicLinkVerifyDto implements MagicLinkVerifyRequest {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(200)
  token!: string;
}

/** Leaving a field out keeps it; `null` is not a way to clear a name or a language. */
const unlessLeftOut = ValidateIf((_dto: object, value: unknown) => value !== undefined);

export class UpdateMeDto implements UpdateMeRequest {
  @ApiPropertyOptional() @unlessLeftOut @IsDefined() @trim @IsString() @IsNotEmpty() @MaxLength(120)
  name?: string;

  @ApiPropertyOptional({ enum: ['nl', 'en'] }) @unlessLeftOut @IsDefined() @IsIn(['nl', 'en'])
  locale?: 'nl' | 'en';
}

export class CreateApiTokenDto {
  @ApiProperty({ example: 'Sectortafel import script' })
  @trim @IsString() @IsNotEmpty() @MaxLength(80)
  name!: string;
}
