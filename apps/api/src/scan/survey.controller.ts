import { Body, Controller, Get, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type ReportResponse, type SurveyInfo, type SurveyReceived } from '@groeiwijzer/contracts';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { Public } from '../auth/decorators';
import { AppError } from '../common/app-error';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { SurveySubmissionDto } from './dto/scan.dto';
import { ReportService } from './report.service';
import { RoundsService } from './rounds.service';
import { answeredCookie, SurveyService } from './survey.service';
import { Errors, Returns } from '../platform/openapi/responses';

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
  @Returns('SurveyInfo')
  @Errors([404, '`not_found`: no such link.'], [409, '`already_answered`: this link (or, for the shared link, this browser) has answered.'],
    [410, '`round_closed` or `link_closed`: the round or its shared link takes no answers.'])
  info(@Param('token') token: string, @Req() request: FastifyRequest): Promise<SurveyInfo> {
    return this.survey.info(token, request.cookies);
  }

  @Public()
  @Post('survey/:token')
  @Returns('SurveyReceived', 201)
  @Errors(400, [404, '`not_found`: no such link.'], [409, '`already_answered`, or `round_full`: the shared link took as many answers as the round can have.'],
    [410, '`round_closed` or `link_closed`.'], 413, [429, '`too_many_answers`: too many answers from one address through the shared link.'])
  async submit(
    @Param('token') token: string,
    @Body() dto: SurveySubmissionDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SurveyReceived> {
    const cookieOf = (roundId: string) => request.cookies[answeredCookie(roundId)];
    const { roundId, shared } = await this.survey.submit(token, dto, { address: request.ip, answeredHere: (roundId) => !!cookieOf(roundId) });
    if (shared) {
      reply.setCookie(answeredCookie(roundId), '1', { path: '/api/survey', httpOnly: true, sameSite: 'lax', secure: this.config.cookieSecure, maxAge: ANSWERED_MAX_AGE });
    }
    return { status: 'received' };
  }

  @Public()
  @Get('shared-reports/:token')
  @Returns('ReportResponse', 200, 'The shared report, without the owner\'s self-assessment.')
  @Errors([404, '`not_found`: unknown or unshared link.'])
  async sharedReport(@Param('token') token: string): Promise<ReportResponse> {
    const round = token.length >= 16 && token.length <= 64 ? await this.rounds.findBySharedReportToken(token) : null;
    if (!round) throw AppError.notFound();
    return this.reports.build(round, { includeSelfAssessment: false });
  }
}
