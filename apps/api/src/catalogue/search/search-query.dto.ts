import { ApiPropertyOptional } from '@nestjs/swagger';
import { type ItemKind, type SearchQuery } from '@groeiwijzer/contracts';
import { ASPECT_KEYS, type AspectKey, ITEM_KINDS, MAX_QUERY_LENGTH, NATIONWIDE, SIZE_CLASSES, type SizeClass } from '@groeiwijzer/domain';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { OWN_PIPE } from '../../common/validation';
import { IsRegionKey, IsSectorCode } from '../../common/validators';

export const MAX_PER_PAGE = 50;
export const MAX_PAGE = 500;

export class SearchQueryDto implements SearchQuery {
  /** Checked by SearchQueryPipe (these rules, with a quick path for a plainly valid search). */
  static readonly [OWN_PIPE] = true;

  @ApiPropertyOptional({ example: 'subsidie scholing', description: 'Words to look for; the last one also as a prefix while typing.' })
  @IsOptional() @IsString() @MaxLength(MAX_QUERY_LENGTH)
  q?: string;

  @ApiPropertyOptional({ enum: ITEM_KINDS })
  @IsOptional() @IsIn(ITEM_KINDS)
  kind?: ItemKind;

  @ApiPropertyOptional({ example: 'twente', description: `A region key; also finds nationwide (${NATIONWIDE}) items.` })
  @IsOptional() @ValidateIf((o: SearchQueryDto) => o.region !== NATIONWIDE) @IsRegionKey()
  region?: string;

  @ApiPropertyOptional({ example: 'F', description: 'SBI section letter; also finds items for all sectors.' })
  @IsOptional() @IsSectorCode()
  sector?: string;

  @ApiPropertyOptional({ enum: ASPECT_KEYS })
  @IsOptional() @IsIn(ASPECT_KEYS)
  aspect?: AspectKey;

  @ApiPropertyOptional({ enum: SIZE_CLASSES })
  @IsOptional() @IsIn(SIZE_CLASSES)
  sizeClass?: SizeClass;

  @ApiPropertyOptional({ default: 1, minimum: 1, maximum: MAX_PAGE })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(MAX_PAGE)
  page?: number;

  @ApiPropertyOptional({ default: 20, minimum: 1, maximum: MAX_PER_PAGE })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(MAX_PER_PAGE)
  perPage?: number;
}
