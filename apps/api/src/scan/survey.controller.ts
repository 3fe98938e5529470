import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { type ReportResponse, type SurveyInfo } from '@groeiwijzer/contracts';
import { DataSource } from 'typeorm';
import { Public } from '../auth/decorators';
import { AppError } from '../common/app-error';
import { SurveySubmissionDto } from './dto/scan.dto';
import { ReportService } from './report.service';
import { RoundsService } from './rounds.service';
import { SurveyService } from './survey.service';

/** Routes for people without an account: respondents, and employees reading a shared report. */
@ApiTags('scan')
@Controller()
export class SurveyController {
  constructor(
    private readonly survey: SurveyService,
    private readonly rounds: RoundsService,
    private readonly reports: ReportService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @Public()
  @Get('survey/:token')
  info(@Param('token') token: string): Promise<SurveyInfo> {
    return this.survey.info(token);
  }

  @Public()
  @Post('survey/:token')
  async submit(@Param('token') token: string, @Body() dto: SurveySubmissionDto): Promise<{ status: 'received' }> {
    await this.survey.submit(token, dto);
    return { status: 'received' };
  }

  @Public()
  @Get('shared-reports/:token')
  async sharedReport(@Param('token') token: string): Promise<ReportResponse> {
    const [row] = token.length >= 16 && token.length <= 64
      ? await this.db.query(`SELECT id FROM scan_rounds WHERE report_share_token = $1`, [token])
      : [];
    if (!row) throw AppError.notFound();
    const round = (await this.rounds.find(row.id))!;
    return this.reports.build(round, { includeSelfAssessment: false });
  }
}
