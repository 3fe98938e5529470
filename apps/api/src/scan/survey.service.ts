import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type SurveyInfo } from '@groeiwijzer/contracts';
import { ASPECTS, getInstrument } from '@groeiwijzer/domain';
import { DataSource } from 'typeorm';
import { AppError, ValidationFailed } from '../common/app-error';
import { Clock } from '../common/time';
import { preparedQuery } from '../database/prepared';
import { answerProblems } from './answer-problems';
import { type SurveySubmissionDto } from './dto/scan.dto';
import { RoundResults } from './round-results.service';
import { type RoundRow, RoundsService } from './rounds.service';
import { ResponseWriter } from './response-writer';

/** What a link leads to. A link's round, kind, instrument version and groups never change, so
 * they are kept in memory for a minute; whether the round is open is checked on every write. */
interface LinkMeta {
  roundId: string;
  kind: 'personal' | 'shared';
  instrumentVersion: number;
  groups: string[];
}

const META_TTL_MS = 60_000;
const META_MAX = 20_000;

/** The respondent's side: no account, a token in the link. */
@Injectable()
export class SurveyService {
  private readonly meta = new Map<string, { value: Promise<LinkMeta>; expires: number }>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly rounds: RoundsService,
    private readonly results: RoundResults,
    private readonly writer: ResponseWriter,
    private readonly clock: Clock,
  ) {}

  private linkMeta(token: string): Promise<LinkMeta> {
    if (token.length < 16 || token.length > 64) return Promise.reject(AppError.notFound());
    const cached = this.meta.get(token);
    if (cached && cached.expires > Date.now()) return cached.value;
    // One lookup per link, however many respondents open it at the same moment.
    const value = this.lookup(token);
    if (this.meta.size >= META_MAX) this.meta.clear();
    this.meta.set(token, { value, expires: Date.now() + META_TTL_MS });
    value.catch(() => this.meta.delete(token));
    return value;
  }

  private async lookup(token: string): Promise<LinkMeta> {
    const [row] = await preparedQuery<{ id: string; kind: 'personal' | 'shared'; instrument_version: number; groups: string[] }>(
      this.db,
      'survey_link_meta',
      `SELECT r.id, CASE WHEN r.share_token = $1 THEN 'shared' ELSE 'personal' END AS kind, r.instrument_version, r.groups
         FROM scan_rounds r
        WHERE r.share_token = $1 OR r.id = (SELECT round_id FROM scan_invitations WHERE token = $1)`,
      [token],
    );
    if (!row) throw AppError.notFound();
    return { roundId: row.id, kind: row.kind, instrumentVersion: row.instrument_version, groups: row.groups };
  }

  /** Why a link cannot be used now: the round closed (410) or the personal link was used (409). */
  private async refusal(token: string, meta: LinkMeta, round: RoundRow | null): Promise<AppError | null> {
    if (!round) return AppError.notFound();
    const now = this.clock.now();
    if (round.status === 'open' && round.closes_at.getTime() <= now.getTime()) await this.results.close(round.id, now);
    if (round.status === 'closed' || round.closes_at.getTime() <= now.getTime()) {
      return new AppError(HttpStatus.GONE, 'round_closed', 'round_closed');
    }
    if (meta.kind === 'personal') {
      const [inv] = await this.db.query(`SELECT responded FROM scan_invitations WHERE token = $1`, [token]);
      if (inv?.responded) return new AppError(HttpStatus.CONFLICT, 'already_answered', 'already_answered');
    }
    return null;
  }

  async info(token: string): Promise<SurveyInfo> {
    const meta = await this.linkMeta(token);
    const round = await this.rounds.find(meta.roundId);
    const refused = await this.refusal(token, meta, round);
    if (refused || !round) throw refused ?? AppError.notFound();
    return {
      organisation: round.organisation_name,
      roundTitle: round.title,
      closesAt: round.closes_at.toISOString(),
      instrument: { ...getInstrument(round.instrument_version), aspects: ASPECTS.map((a) => ({ ...a })) },
      groups: round.groups,
      kind: meta.kind,
    };
  }

  /** Stores one anonymous response. For a personal link, spending the link and storing the
   * answers happen in one transaction, so it answers exactly once. The response keeps no trace
   * of the link, and only the day. */
  async submit(token: string, dto: SurveySubmissionDto): Promise<void> {
    const meta = await this.linkMeta(token);
    const fields: ConstructorParameters<typeof ValidationFailed>[0] = answerProblems(meta.instrumentVersion, dto.answers);
    if (!Object.keys(dto.answers).length) fields.push({ field: 'answers', key: 'field_answers_empty', vars: {} });
    if (dto.group !== undefined && !meta.groups.includes(dto.group)) fields.push({ field: 'group', key: 'field_group', vars: {} });
    if (fields.length) throw new ValidationFailed(fields);

    const stored = await this.writer.store({
      roundId: meta.roundId,
      invitationToken: meta.kind === 'personal' ? token : null,
      answers: JSON.stringify(dto.answers),
      comment: dto.comment?.trim() || null,
      group: dto.group ?? null,
      day: this.clock.today(),
      at: this.clock.now(),
    });
    if (stored) return;
    throw (await this.refusal(token, meta, await this.rounds.find(meta.roundId))) ?? new AppError(HttpStatus.CONFLICT, 'already_answered', 'already_answered');
  }
}
