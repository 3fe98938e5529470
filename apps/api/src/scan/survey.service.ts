import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type SurveyInfo } from '@groeiwijzer/contracts';
import { ASPECTS, getInstrument, validateAnswers } from '@groeiwijzer/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError, ValidationFailed } from '../common/app-error';
import { amsterdamDate } from './dates';
import { type SurveySubmissionDto } from './dto/scan.dto';
import { RoundResults } from './round-results.service';
import { type RoundRow, RoundsService } from './rounds.service';

interface Resolved {
  round: RoundRow;
  kind: 'personal' | 'shared';
  invitationId: string | null;
  responded: boolean;
}

/** The respondent's side: no account, a token in the link. */
@Injectable()
export class SurveyService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly rounds: RoundsService,
    private readonly results: RoundResults,
  ) {}

  private async resolve(token: string, m: EntityManager, lock = false): Promise<Resolved> {
    if (token.length < 16 || token.length > 64) throw AppError.notFound();
    const [invitation] = await m.query(
      `SELECT id, round_id, responded FROM scan_invitations WHERE token = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [token],
    );
    if (invitation) {
      const round = (await this.rounds.find(invitation.round_id, m))!;
      return { round, kind: 'personal', invitationId: invitation.id, responded: invitation.responded };
    }
    const [shared] = await m.query(`SELECT id FROM scan_rounds WHERE share_token = $1`, [token]);
    if (!shared) throw AppError.notFound();
    return { round: (await this.rounds.find(shared.id, m))!, kind: 'shared', invitationId: null, responded: false };
  }

  private async assertOpen(resolved: Resolved): Promise<void> {
    const { round } = resolved;
    if (round.status === 'open' && round.closes_at.getTime() <= Date.now()) await this.results.close(round.id);
    if (round.status === 'closed' || round.closes_at.getTime() <= Date.now()) {
      throw new AppError(HttpStatus.GONE, 'round_closed', 'round_closed');
    }
    if (resolved.responded) throw new AppError(HttpStatus.CONFLICT, 'already_answered', 'already_answered');
  }

  async info(token: string): Promise<SurveyInfo> {
    const resolved = await this.resolve(token, this.db.manager);
    await this.assertOpen(resolved);
    const { round } = resolved;
    return {
      organisation: round.organisation_name,
      roundTitle: round.title,
      closesAt: round.closes_at.toISOString(),
      instrument: { ...getInstrument(round.instrument_version), aspects: ASPECTS.map((a) => ({ ...a })) },
      groups: round.groups,
      kind: resolved.kind,
    };
  }

  /** Stores one anonymous response. A personal link is spent in the same transaction, so it
   * answers exactly once; the response itself keeps no trace of the link or the moment. */
  async submit(token: string, dto: SurveySubmissionDto): Promise<void> {
    const problems = await this.db.transaction(async (m) => {
      const resolved = await this.resolve(token, m, true);
      await this.assertOpen(resolved);
      const { round } = resolved;
      const fields: ConstructorParameters<typeof ValidationFailed>[0] = Object.entries(
        validateAnswers(getInstrument(round.instrument_version), dto.answers),
      ).map(([item, problem]) => ({
        field: `answers.${item}`, key: problem === 'unknown_item' ? ('field_answer_unknown' as const) : ('field_answer_value' as const), vars: {},
      }));
      if (!Object.keys(dto.answers).length) fields.push({ field: 'answers', key: 'field_answers_empty', vars: {} });
      if (dto.group !== undefined && !round.groups.includes(dto.group)) fields.push({ field: 'group', key: 'field_group', vars: {} });
      if (fields.length) return fields;
      if (resolved.invitationId) await m.query(`UPDATE scan_invitations SET responded = true WHERE id = $1`, [resolved.invitationId]);
      await m.query(
        `INSERT INTO scan_responses (round_id, answers, comment, group_name, submitted_on) VALUES ($1, $2, $3, $4, $5)`,
        [round.id, JSON.stringify(dto.answers), dto.comment?.trim() || null, dto.group ?? null, amsterdamDate(new Date())],
      );
      return null;
    });
    if (problems) throw new ValidationFailed(problems);
  }
}
