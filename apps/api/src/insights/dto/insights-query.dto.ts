import { ApiPropertyOptional } from '@nestjs/swagger';
import { SIZE_CLASSES } from '@groeiwijzer/domain';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { IsCalendarDate, IsRegionKey, IsSectorCode } from '../../common/validators';

export class DemandQueryDto {
  @ApiPropertyOptional({ description: 'A labour-market region key (default: every region the caller may see)' })
  @IsOptional() @IsRegionKey()
  region?: string;

  @ApiPropertyOptional({ description: 'An SBI section letter (default: every sector, and their total)' })
  @IsOptional() @IsSectorCode()
  sector?: string;

  @ApiPropertyOptional({ enum: SIZE_CLASSES, description: 'Only this size class (default: all together)' })
  @IsOptional() @IsIn(SIZE_CLASSES)
  sizeClass?: string;

  @ApiPropertyOptional({ example: '2026-Q4', description: 'A quarter of the grid (default: the latest)' })
  @IsOptional() @Matches(/^\d{4}-Q[1-4]$/)
  period?: string;
}

export const CSV_TABLES = ['cells', 'suppressed', 'gaps', 'unmet', 'trend', 'pooling'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

export class DemandCsvQueryDto extends DemandQueryDto {
  @ApiPropertyOptional({ enum: CSV_TABLES, description: 'Which table (default: cells)' })
  @IsOptional() @IsIn(CSV_TABLES)
  table?: CsvTable;
}

export class FunnelQueryDto {
  @ApiPropertyOptional({ example: '2026-01-01', description: 'First day (default: 12 months back)' })
  @IsOptional() @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: 'Last day (default: today)' })
  @IsOptional() @IsCalendarDate()
  to?: string;
}

export class ItemClickDto {
  @ApiPropertyOptional({ enum: ['contact', 'website'] })
  @IsIn(['contact', 'website'])
  target!: 'contact' | 'website';
}
