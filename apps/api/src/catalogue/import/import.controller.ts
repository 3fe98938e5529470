import { Body, Controller, Get, Header, Headers, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { type FastifyReply } from 'fastify';
import { type ImportResult } from '@groeiwijzer/contracts';
import { ITEM_CREATE_SCHEMA, localeFromAcceptLanguage } from '@groeiwijzer/domain';
import { type AuthContext } from '../../auth/auth.types';
import { Auth, Public } from '../../auth/decorators';
import { AppError } from '../../common/app-error';
import { message } from '../../i18n';
import { csvTemplate } from './csv-columns';
import { ImportService, type ImportSource } from './import.service';
import { jsonTemplate } from './json-template';

const uuid = new ParseUUIDPipe({ exceptionFactory: () => AppError.notFound() });
const flag = (v: string | undefined, fallback: boolean) => (v === undefined ? fallback : v === 'true' || v === '1');

@ApiTags('catalogue')
@Controller()
export class ImportController {
  constructor(private readonly imports: ImportService) {}

  /** JSON (a list of items) or CSV (`Content-Type: text/csv`). A dry run is the default. With any
   * error nothing is written: 422 with the errors per row and field. */
  @Post('publishers/:id/import')
  @HttpCode(200)
  @ApiConsumes('application/json', 'text/csv')
  @ApiBody({ schema: { oneOf: [{ type: 'array', items: ITEM_CREATE_SCHEMA }, { type: 'string', description: 'CSV with the template columns (docs/catalogue.md)' }] } })
  async import(
    @Auth() auth: AuthContext,
    @Param('id', uuid) publisherId: string,
    @Query('dryRun') dryRun: string | undefined,
    @Query('publish') publish: string | undefined,
    @Headers('content-type') contentType: string | undefined,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Body() body: unknown,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ImportResult & { error?: string; message?: string }> {
    if (!auth.publishers.some((p) => p.id === publisherId)) throw AppError.notFound();
    const locale = localeFromAcceptLanguage(acceptLanguage);
    const csv = /^(text|application)\/csv\b/i.test(contentType ?? '');
    const source: ImportSource = csv ? { format: 'csv', text: typeof body === 'string' ? body : '' } : { format: 'json', data: body };
    const result = await this.imports.run(publisherId, source, { dryRun: flag(dryRun, true), publish: flag(publish, false), locale });
    if (result.errors.length && !flag(dryRun, true)) {
      reply.status(HttpStatus.UNPROCESSABLE_ENTITY);
      return { error: 'import_failed', message: message('import_failed', locale, { n: result.errors.length }), ...result };
    }
    return result;
  }

  @Public()
  @Get('catalogue/import-template.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="groeiwijzer-import.csv"')
  csvTemplate(): string {
    return csvTemplate();
  }

  @Public()
  @Get('catalogue/import-template.json')
  @Header('Content-Disposition', 'attachment; filename="groeiwijzer-import.json"')
  jsonTemplate() {
    return jsonTemplate();
  }
}
