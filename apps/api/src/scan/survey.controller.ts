import { Body, Controller, Get, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type ReportResponse, type SurveyInfo } from '@groeiwijzer/contracts';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { Public } from '../auth/decorators';
import { AppError } from '../common/app-error';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { SurveySubmissionDto } from './dto/scan.dto';
import { ReportService } from './report.service';
import { RoundsService } from './rounds.service';
import { answeredCookie, SurveyService } from './survey.service';

/** A browser remembers for 120 days that it answered a round through the shared link. */
const ANSWERED_MAX_AGE = 120 * 24 * 3600;

/** Routes for people without an account: respondents, and employees reading a shared report. */
@ApiTags('scan')
@Controller()
export class SurveyController {
  constructor(
    private readonly survey: SurveyService,
    private readonly rounds: RoundsService,
    private readonly reports: ReportService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get('survey/:token')
  info(@Param('token') token: string, @Req() request: FastifyRequest): Promise<SurveyInfo> {
    return this.survey.info(token, request.cookies);
  }

  @Public()
  @Post('survey/:token')
  async submit(
    @Param('token') token: string,
    @Body() dto: SurveySubmissionDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<{ status: 'received' }> {
    const cookieOf = (roundId: string) => request.cookies[answeredCookie(roundId)];
    const { roundId, shared } = await this.survey.submit(token, dto, { address: request.ip, answeredHere: (roundId) => !!cookieOf(roundId) });
    if (shared) {
      reply.setCookie(answeredCookie(roundId), '1', { path: '/api/survey', httpOnly: true, sameSite: 'lax', secure: this.config.cookieSecure, maxAge: ANSWERED_MAX_AGE });
    }
    return { status: 'received' };
  }

  @Public()
  @Get('shared-reports/:token')
  async sharedReport(@Param('token') token: string): Promise<ReportResponse> {
    const round = token.length >= 16 && token.length <= 64 ? await this.rounds.findBySharedReportToken(token) : null;
    if (!round) throw AppError.notFound();
    return this.reports.build(round, { includeSelfAssessment: false });
  }
}
