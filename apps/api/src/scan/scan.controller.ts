import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  type InstrumentResponse, type InviteResponse, type ReportResponse, type ReportShareResponse, type RoundCreated, type RoundDetail,
  type RoundSummary, type SelfAssessmentSaved,
} from '@groeiwijzer/contracts';
import { ASPECTS, CURRENT_INSTRUMENT_VERSION, getInstrument } from '@groeiwijzer/domain';
import { type FastifyReply } from 'fastify';
import { type AuthContext } from '../auth/auth.types';
import { Auth, Public } from '../auth/decorators';
import { AppError } from '../common/app-error';
import { FollowUpDto } from './dto/follow-up.dto';
import { AnswersDto, CreateRoundDto, InviteDto } from './dto/scan.dto';
import { FollowUpService } from './follow-up.service';
import { ReportService } from './report.service';
import { RoundsService } from './rounds.service';
import { uuidParam as uuid } from '../common/validation';
import { RoundDocumentsService } from './round-documents.service';
import { Errors, NoContent, Returns, ReturnsFile, ReturnsList } from '../platform/openapi/responses';

@ApiTags('scan')
@Controller()
export class ScanController {
  constructor(
    private readonly rounds: RoundsService,
    private readonly reports: ReportService,
    private readonly followUps: FollowUpService,
    private readonly documents: RoundDocumentsService,
  ) {}

  @Public()
  @Get('instrument')
  @ApiQuery({ name: 'version', required: false, type: 'integer', description: 'An earlier version of the questions; without it the current one.' })
  @Returns('InstrumentResponse')
  @Errors([404, '`not_found`: no instrument of that version.'])
  instrument(@Query('version') version?: string): InstrumentResponse {
    const v = version === undefined ? CURRENT_INSTRUMENT_VERSION : Number(version);
    let instrument;
    try {
      instrument = getInstrument(v);
    } catch {
      throw AppError.notFound();
    }
    return { ...instrument, aspects: ASPECTS.map((a) => ({ ...a })) };
  }

  @Post('organisations/:id/rounds')
  @Returns('RoundCreated', 201)
  @Errors(400, 401, 404, 413)
  create(@Auth() auth: AuthContext, @Param('id', uuid) id: string, @Body() dto: CreateRoundDto): Promise<RoundCreated> {
    return this.rounds.create(auth, id, dto);
  }

  @Get('organisations/:id/rounds')
  @ReturnsList('RoundSummary')
  @Errors(401, 404)
  list(@Auth() auth: AuthContext, @Param('id', uuid) id: string): Promise<RoundSummary[]> {
    return this.rounds.list(auth, id);
  }

  @Get('rounds/:id')
  @Returns('RoundDetail')
  @Errors(401, 404)
  detail(@Auth() auth: AuthContext, @Param('id', uuid) id: string): Promise<RoundDetail> {
    return this.rounds.detail(auth, id);
  }

  @Post('rounds/:id/invitations')
  @Returns('InviteResponse', 201)
  @Errors(400, 401, 404, [409, '`round_closed`: the round is closed.'], 413)
  invite(@Auth() auth: AuthContext, @Param('id', uuid) id: string, @Body() dto: InviteDto): Promise<InviteResponse> {
    return this.rounds.invite(auth, id, dto.emails);
  }

  @Post('rounds/:id/self-assessment')
  @Returns('SelfAssessmentSaved', 201)
  @Errors(400, 401, 404, 413)
  async selfAssessment(@Auth() auth: AuthContext, @Param('id', uuid) id: string, @Body() dto: AnswersDto): Promise<SelfAssessmentSaved> {
    await this.rounds.saveSelfAssessment(auth, id, dto.answers);
    return { status: 'saved' };
  }

  @Get('rounds/:id/self-assessment')
  @Returns('SelfAssessmentResponse')
  @Errors(401, [404, '`not_found`: not your round, or no answers saved yet.'])
  getSelfAssessment(@Auth() auth: AuthContext, @Param('id', uuid) id: string) {
    return this.rounds.getSelfAssessment(auth, id);
  }

  /** Plans (or moves) the follow-up session; every owner gets it with a calendar file. */
  @Put('rounds/:id/follow-up')
  @Returns('FollowUpSession', 200, 'Planned (or moved); every owner gets a mail with the calendar file.')
  @Errors(400, 401, 404, [409, '`round_still_open`: plan it once the round is closed.'], 413)
  planFollowUp(@Auth() auth: AuthContext, @Param('id', uuid) id: string, @Body() dto: FollowUpDto) {
    return this.followUps.plan(auth, id, dto);
  }

  @Get('rounds/:id/follow-up')
  @Returns('FollowUpResponse')
  @Errors(401, 404)
  async getFollowUp(@Auth() auth: AuthContext, @Param('id', uuid) id: string) {
    return { followUp: await this.followUps.get(auth, id) };
  }

  @Delete('rounds/:id/follow-up')
  @HttpCode(204)
  @NoContent('Cancelled; no reminder any more.')
  @Errors(401, 404)
  cancelFollowUp(@Auth() auth: AuthContext, @Param('id', uuid) id: string): Promise<void> {
    return this.followUps.cancel(auth, id);
  }

  @Get('rounds/:id/follow-up.ics')
  @ReturnsFile('text/calendar', 'The follow-up session as an iCalendar file (vervolggesprek.ics).')
  @Errors(401, [404, '`not_found`: not your round, or no session planned.'])
  async followUpIcs(@Auth() auth: AuthContext, @Param('id', uuid) id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const ics = await this.followUps.calendarFile(auth, id);
    reply.header('content-type', 'text/calendar; charset=utf-8').header('content-disposition', 'attachment; filename="vervolggesprek.ics"');
    return ics;
  }

  @Post('rounds/:id/close')
  @HttpCode(200)
  @Returns('RoundClosed')
  @Errors(401, 404)
  close(@Auth() auth: AuthContext, @Param('id', uuid) id: string): Promise<{ status: 'closed' }> {
    return this.rounds.close(auth, id);
  }

  @Get('rounds/:id/report')
  @Returns('ReportResponse', 200, '`status: ready` with the results, or `status: withheld` and why.')
  @Errors(401, 404)
  async report(@Auth() auth: AuthContext, @Param('id', uuid) id: string): Promise<ReportResponse> {
    return this.reports.build(await this.rounds.getOwned(auth, id), { includeSelfAssessment: true });
  }

  @Get('rounds/:id/report.pdf')
  @ApiQuery({ name: 'locale', required: false, enum: ['nl', 'en'], description: 'Language of the PDF; default the account\'s.' })
  @ReturnsFile('application/pdf', 'The report as a PDF (attachment).')
  @Errors(401, 404, [409, '`report_withheld`: no report to print yet (too few answers, or the round is open).'])
  async reportPdf(
    @Auth() auth: AuthContext,
    @Param('id', uuid) id: string,
    @Query('locale') locale: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { pdf, filename } = await this.documents.reportPdf(auth, id, locale);
    await reply.header('content-type', 'application/pdf').header('content-disposition', `attachment; filename="${filename}"`).send(pdf);
  }

  @Post('rounds/:id/report-share')
  @HttpCode(200)
  @Returns('ReportShareResponse', 200, 'The read-only link, shown in this answer only.')
  @Errors(401, 404)
  share(@Auth() auth: AuthContext, @Param('id', uuid) id: string): Promise<ReportShareResponse> {
    return this.rounds.shareReport(auth, id);
  }

  @Delete('rounds/:id/report-share')
  @HttpCode(204)
  @NoContent('Unshared: the link answers 404 from now on.')
  @Errors(401, 404)
  async unshare(@Auth() auth: AuthContext, @Param('id', uuid) id: string): Promise<void> {
    await this.rounds.unshareReport(auth, id);
  }

  /** The owner closes the shared survey link (the QR poster), e.g. when it was passed around, or
   * opens it again. Personal links keep working. */
  @Delete('rounds/:id/shared-link')
  @Returns('RoundDetail', 200, 'The shared link takes no answers any more.')
  @Errors(401, 404)
  closeSharedLink(@Auth() auth: AuthContext, @Param('id', uuid) id: string): Promise<RoundDetail> {
    return this.rounds.setSharedLinkOpen(auth, id, false);
  }

  @Post('rounds/:id/shared-link')
  @HttpCode(200)
  @Returns('RoundDetail', 200, 'The shared link takes answers again.')
  @Errors(401, 404)
  openSharedLink(@Auth() auth: AuthContext, @Param('id', uuid) id: string): Promise<RoundDetail> {
    return this.rounds.setSharedLinkOpen(auth, id, true);
  }

  @Get('rounds/:id/qr.svg')
  @ReturnsFile('image/svg+xml', 'QR code of the round\'s shared link, for the poster.', [], false)
  @Errors(401, 404)
  async qr(@Auth() auth: AuthContext, @Param('id', uuid) id: string, @Res() reply: FastifyReply): Promise<void> {
    const svg = await this.documents.qrSvg(auth, id);
    await reply.header('content-type', 'image/svg+xml').header('cache-control', 'private, max-age=300').send(svg);
  }
}
