import { Injectable } from '@nestjs/common';
import { isLocale, type Locale } from '@groeiwijzer/domain';
import QRCode from 'qrcode';
import { type AuthContext } from '../auth/auth.types';
import { AppError } from '../common/app-error';
import { PlanService } from '../plan/plan.service';
import { renderReportPdf } from './report-pdf';
import { ReportService } from './report.service';
import { RoundsService } from './rounds.service';

/** The files a round's owner downloads: the report as a PDF and the QR code of the shared link. */
@Injectable()
export class RoundDocumentsService {
  constructor(
    private readonly rounds: RoundsService,
    private readonly reports: ReportService,
    private readonly plan: PlanService,
  ) {}

  /** The report in the language asked for, else the account's; with the organisation's action
   * plan as it stands, for the follow-up session. 409 while the report is withheld. */
  async reportPdf(auth: AuthContext, roundId: string, requestedLocale: string | undefined): Promise<{ pdf: Buffer; filename: string }> {
    const round = await this.rounds.getOwned(auth, roundId);
    const report = await this.reports.build(round, { includeSelfAssessment: true });
    if (report.status !== 'ready') throw new AppError(409, 'report_withheld', 'report_withheld');
    const locale: Locale = isLocale(requestedLocale) ? requestedLocale : auth.user.locale;
    const pdf = await renderReportPdf(report, locale, await this.plan.forReport(round.organisation_id));
    return { pdf, filename: `groeiwijzer-rapport-${report.closedAt?.slice(0, 10) ?? 'scan'}.pdf` };
  }

  /** The shared survey link as an SVG QR code, for the poster. */
  async qrSvg(auth: AuthContext, roundId: string): Promise<string> {
    const detail = await this.rounds.detail(auth, roundId);
    return QRCode.toString(detail.shareUrl, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
  }
}
