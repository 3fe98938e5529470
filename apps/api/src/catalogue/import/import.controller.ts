import { Body, Controller, Get, Header, Headers, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
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
import { AlsoReturns, Errors, Returns, ReturnsFile } from '../../platform/openapi/responses';

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
  @ApiQuery({ name: 'dryRun', required: false, enum: ['true', 'false', '1', '0'], description: 'Default true: check only, write nothing.' })
  @ApiQuery({ name: 'publish', required: false, enum: ['true', 'false', '1', '0'], description: 'Default false: new items stay drafts.' })
  @Returns('ImportResult', 200, 'The outcome per row; `dryRun: true` when nothing was written.')
  @AlsoReturns(422, 'ImportFailedResponse', '`import_failed`: not a dry run and some rows have problems: nothing was written.')
  @Errors([400, '`import_unreadable` (not CSV or not a JSON list) or `import_empty`.'], 401, 404,
    [409, '`publisher_not_approved`: publishing needs an approved publisher.'], [413, '`import_too_many` rows, or a body over 32 MB.'])
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
  @ReturnsFile('text/csv', 'The import template with three examples (groeiwijzer-import.csv).')
  csvTemplate(): string {
    return csvTemplate();
  }

  @Public()
  @Get('catalogue/import-template.json')
  @Header('Content-Disposition', 'attachment; filename="groeiwijzer-import.json"')
  // The template is a list of import rows, and a row is an item body as the item rules take it.
  @ApiResponse({ status: 200, description: 'The same three examples as a JSON list (groeiwijzer-import.json).', schema: { type: 'array', items: ITEM_CREATE_SCHEMA } })
  jsonTemplate() {
    return jsonTemplate();
  }
}
