import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  type InstrumentResponse, type InviteResponse, type ReportResponse, type RoundCreated, type RoundDetail, type RoundSummary,
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
  create(@Auth() auth: AuthContext, @Param('id', uuid) id: string, @Body() dto: CreateRoundDto): Promise<RoundCreated> {
    return this.rounds.create(auth, id, dto);
  }

  @Get('organisations/:id/rounds')
  list(@Auth() auth: AuthContext, @Param('id', uuid) id: string): Promise<RoundSummary[]> {
    return this.rounds.list(auth, id);
  }

  @Get('rounds/:id')
  detail(@Auth() auth: AuthContext, @Param('id', uuid) id: string): Promise<RoundDetail> {
    return this.rounds.detail(auth, id);
  }

  @Post('rounds/:id/invitations')
  invite(@Auth() auth: AuthContext, @Param('id', uuid) id: string, @Body() dto: InviteDto): Promise<InviteResponse> {
    return this.rounds.invite(auth, id, dto.emails);
  }

  @Post('rounds/:id/self-assessment')
  async selfAssessment(@Auth() auth: AuthContext, @Param('id', uuid) id: string, @Body() dto: AnswersDto): Promise<{ status: 'saved' }> {
    await this.rounds.saveSelfAssessment(auth, id, dto.answers);
    return { status: 'saved' };
  }

  @Get('rounds/:id/self-assessment')
  getSelfAssessment(@Auth() auth: AuthContext, @Param('id', uuid) id: string) {
    return this.rounds.getSelfAssessment(auth, id);
  }

  /** Plans (or moves) the follow-up session; every owner gets it with a calendar file. */
  @Put('rounds/:id/follow-up')
  planFollowUp(@Auth() auth: AuthContext, @Param('id', uuid) id: string, @Body() dto: FollowUpDto) {
    return this.followUps.plan(auth, id, dto);
  }

  @Get('rounds/:id/follow-up')
  async getFollowUp(@Auth() auth: AuthContext, @Param('id', uuid) id: string) {
    return { followUp: await this.followUps.get(auth, id) };
  }

  @Delete('rounds/:id/follow-up')
  @HttpCode(204)
  cancelFollowUp(@Auth() auth: AuthContext, @Param('id', uuid) id: string): Promise<void> {
    return this.followUps.cancel(auth, id);
  }

  @Get('rounds/:id/follow-up.ics')
  async followUpIcs(@Auth() auth: AuthContext, @Param('id', uuid) id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const ics = await this.followUps.calendarFile(auth, id);
    reply.header('content-type', 'text/calendar; charset=utf-8').header('content-disposition', 'attachment; filename="vervolggesprek.ics"');
    return ics;
  }

  @Post('rounds/:id/close')
  @HttpCode(200)
  close(@Auth() auth: AuthContext, @Param('id', uuid) id: string): Promise<{ status: 'closed' }> {
    return this.rounds.close(auth, id);
  }

  @Get('rounds/:id/report')
  async report(@Auth() auth: AuthContext, @Param('id', uuid) id: string): Promise<ReportResponse> {
    return this.reports.build(await this.rounds.getOwned(auth, id), { includeSelfAssessment: true });
  }

  @Get('rounds/:id/report.pdf')
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
  share(@Auth() auth: AuthContext, @Param('id', uuid) id: string): Promise<{ reportShareUrl: string }> {
    return this.rounds.shareReport(auth, id);
  }

  @Delete('rounds/:id/report-share')
  @HttpCode(204)
  async unshare(@Auth() auth: AuthContext, @Param('id', uuid) id: string): Promise<void> {
    await this.rounds.unshareReport(auth, id);
  }

  /** The owner closes the shared survey link (the QR poster), e.g. when it was passed around, or
   * opens it again. Personal links keep working. */
  @Delete('rounds/:id/shared-link')
  closeSharedLink(@Auth() auth: AuthContext, @Param('id', uuid) id: string): Promise<RoundDetail> {
    return this.rounds.setSharedLinkOpen(auth, id, false);
  }

  @Post('rounds/:id/shared-link')
  @HttpCode(200)
  openSharedLink(@Auth() auth: AuthContext, @Param('id', uuid) id: string): Promise<RoundDetail> {
    return this.rounds.setSharedLinkOpen(auth, id, true);
  }

  @Get('rounds/:id/qr.svg')
  async qr(@Auth() auth: AuthContext, @Param('id', uuid) id: string, @Res() reply: FastifyReply): Promise<void> {
    const svg = await this.documents.qrSvg(auth, id);
    await reply.header('content-type', 'image/svg+xml').header('cache-control', 'private, max-age=300').send(svg);
  }
}
