import { Controller, Delete, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { type FastifyReply } from 'fastify';
import { type AccountErasure, type ErasureScheduled } from '@groeiwijzer/contracts';
import { type AuthContext } from '../auth/auth.types';
import { Auth } from '../auth/decorators';
import { uuidParam as uuid } from '../common/validation';
import { type ExportFile, PrivacyService } from './privacy.service';
import { Errors, NoContent, Returns, ReturnsFile } from '../platform/openapi/responses';

export class ExportQueryDto {
  @ApiPropertyOptional({ enum: ['json', 'csv'], description: 'json (default), or csv: a zip with one CSV file per part' })
  @IsOptional() @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';
}

async function send(reply: FastifyReply, file: ExportFile): Promise<void> {
  await reply.header('content-type', file.contentType).header('content-disposition', `attachment; filename="${file.filename}"`)
    .header('cache-control', 'no-store').send(file.body);
}

/** Privacy rights: export everything, erase it after a grace period (and undo within it). */
@ApiTags('privacy')
@Controller()
export class PrivacyController {
  constructor(private readonly privacy: PrivacyService) {}

  @Get('organisations/:id/export')
  @ReturnsFile('application/json', 'Everything about the organisation (attachment): JSON, or with `format=csv` a zip of CSV files.', ['application/zip'])
  @Errors(400, 401, 404)
  async exportOrganisation(@Auth() auth: AuthContext, @Param('id', uuid) id: string, @Query() query: ExportQueryDto, @Res() reply: FastifyReply): Promise<void> {
    await send(reply, await this.privacy.exportOrganisation(auth, id, query.format ?? 'json'));
  }

  @Delete('organisations/:id')
  @HttpCode(202)
  @Returns('ErasureScheduled', 202, 'Erased at `eraseAfter` unless an owner restores it before.')
  @Errors(401, 404)
  eraseOrganisation(@Auth() auth: AuthContext, @Param('id', uuid) id: string): Promise<ErasureScheduled> {
    return this.privacy.requestOrganisationErasure(auth, id);
  }

  @Post('organisations/:id/restore')
  @HttpCode(204)
  @NoContent('The erasure is undone.')
  @Errors(401, 404)
  restoreOrganisation(@Auth() auth: AuthContext, @Param('id', uuid) id: string): Promise<void> {
    return this.privacy.restoreOrganisation(auth, id);
  }

  @Get('me/export')
  @ReturnsFile('application/json', 'Everything about the account (attachment).')
  @Errors(401)
  async exportAccount(@Auth() auth: AuthContext, @Res() reply: FastifyReply): Promise<void> {
    await send(reply, await this.privacy.exportAccount(auth));
  }

  @Get('me/erasure')
  @Returns('AccountErasure')
  @Errors(401)
  accountErasure(@Auth() auth: AuthContext): Promise<AccountErasure> {
    return this.privacy.accountErasure(auth);
  }

  @Delete('me')
  @HttpCode(202)
  @Returns('ErasureScheduled', 202, 'Erased at `eraseAfter` unless restored before.')
  @Errors(401, [409, '`still_responsible`: the account is the only owner or editor of an organisation or publisher (named in the message).'])
  eraseAccount(@Auth() auth: AuthContext): Promise<ErasureScheduled> {
    return this.privacy.requestAccountErasure(auth);
  }

  @Post('me/restore')
  @HttpCode(204)
  @NoContent('The erasure is undone.')
  @Errors(401)
  restoreAccount(@Auth() auth: AuthContext): Promise<void> {
    return this.privacy.restoreAccount(auth);
  }
}
