import { Controller, Get, Query } from '@nestjs/common';
import { ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { AdminOnly } from '../auth/decorators';
import { type AuditRecord, AuditService } from './audit.service';
import { Errors, ReturnsList } from '../platform/openapi/responses';

export class AuditQueryDto {
  @ApiPropertyOptional({ example: '2026-12-01', description: 'From this moment (a date means its start, UTC).' })
  @IsOptional() @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: 'Before this moment.' })
  @IsOptional() @IsISO8601({ strict: true })
  to?: string;

  @ApiPropertyOptional({ example: 'consent', description: 'One action (consent.withdrawn) or a group of them (consent).' })
  @IsOptional() @IsString() @MaxLength(80) @Matches(/^[a-z_.]+$/)
  action?: string;
}

@ApiTags('admin')
@Controller('admin/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  /** The newest 500 entries that match, newest first. */
  @AdminOnly()
  @Get()
  @ReturnsList('AuditRecord')
  @Errors(400, 401, 403)
  list(@Query() query: AuditQueryDto): Promise<AuditRecord[]> {
    return this.audit.list({
      from: query.from ? new Date(query.from) : null,
      to: query.to ? new Date(query.to) : null,
      action: query.action ?? null,
    });
  }
}
