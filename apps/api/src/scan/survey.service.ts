import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { type SurveyInfo } from '@groeiwijzer/contracts';
import { ASPECTS, getInstrument } from '@groeiwijzer/domain';
import { hashToken } from '../auth/tokens';
import { AppError, ValidationFailed } from '../common/app-error';
import { Clock } from '../common/time';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { AnswersRepository } from './answers.repository';
import { answerProblems } from './answer-problems';
import { type SurveySubmissionDto } from './dto/scan.dto';
import { invitationIdOf } from './invitation-links';
import { RoundResults } from './round-results.service';
import { type RoundRow, RoundsService } from './rounds.service';
import { ResponseWriter } from './response-writer';
import { SurveyGuard } from './survey-guard';

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
const MINUTE = 60_000;

/** The cookie that says this browser answered a round through its shared link. */
export const answeredCookie = (roundId: string) => `gw_answered_${roundId.replace(/-/g, '').slice(0, 16)}`;

/** Who sends an answer through the shared link, as far as the guard needs it. */
export interface Sender {
  address: string;
  /** Whether this browser already answered that round (a cookie). */
  answeredHere: (roundId: string) => boolean;
}

/** The respondent's side: no account, a token in the link. */
@Injectable()
export class SurveyService {
  private readonly meta = new Map<string, { value: Promise<LinkMeta>; expires: number }>();
  private readonly guard: SurveyGuard;

  constructor(
    private readonly rounds: RoundsService,
    private readonly results: RoundResults,
    private readonly writer: ResponseWriter,
    private readonly answers: AnswersRepository,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.guard = new SurveyGuard({ perAddress: config.surveyMaxPerAddress, windowMs: 10 * MINUTE, burstCount: 10, burstWindowMs: 2 * MINUTE });
  }

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
    const row = await this.answers.findLink(token, invitationIdOf(token));
    if (!row) throw AppError.notFound();
    return { roundId: row.id, kind: row.kind, instrumentVersion: row.instrument_version, groups: row.groups };
  }

  /** Why a link cannot be used now: the round closed (410), the owner closed the shared link
   * (410), the personal link was used (409) or is not one we sent (404). */
  private async refusal(token: string, meta: LinkMeta, round: RoundRow | null): Promise<AppError | null> {
    if (!round) return AppError.notFound();
    const now = this.clock.now();
    if (round.status === 'open' && round.closes_at.getTime() <= now.getTime()) await this.results.close(round.id, now);
    if (round.status === 'closed' || round.closes_at.getTime() <= now.getTime()) {
      return new AppError(HttpStatus.GONE, 'round_closed', 'round_closed');
    }
    if (meta.kind === 'shared' && round.share_link_closed_at) return new AppError(HttpStatus.GONE, 'link_closed', 'link_closed');
    if (meta.kind === 'personal' && !(await this.answers.linkUsable(hashToken(token)))) {
      return (await this.answers.invitationAnswered(invitationIdOf(token)!))
        ? new AppError(HttpStatus.CONFLICT, 'already_answered', 'already_answered')
        : AppError.notFound();
    }
    return null;
  }

  async info(token: string, cookies: Record<string, string | undefined> = {}): Promise<SurveyInfo> {
    const meta = await this.linkMeta(token);
    const round = await this.rounds.find(meta.roundId);
    const refused = await this.refusal(token, meta, round);
    if (refused || !round) throw refused ?? AppError.notFound();
    if (meta.kind === 'shared' && cookies[answeredCookie(round.id)]) throw new AppError(HttpStatus.CONFLICT, 'already_answered', 'already_answered_browser');
    return {
      organisation: round.organisation_name,
      roundTitle: round.title,
      closesAt: round.closes_at.toISOString(),
      instrument: { ...getInstrument(round.instrument_version), aspects: ASPECTS.map((a) => ({ ...a })) },
      groups: round.groups,
      kind: meta.kind,
    };
  }

  /** Stores one anonymous answer. A personal link is used up in the transaction that stores it;
   * the answer keeps no trace of the link, no time and no arrival order (AnswersRepository).
   * Through the shared link: one answer per browser, a limit per address, no more answers than
   * the company has employees, and the owner is told of bursts. Returns the round's id. */
  async submit(token: string, dto: SurveySubmissionDto, sender: Sender): Promise<{ roundId: string; shared: boolean }> {
    const meta = await this.linkMeta(token);
    const fields: ConstructorParameters<typeof ValidationFailed>[0] = answerProblems(meta.instrumentVersion, dto.answers);
    if (!Object.keys(dto.answers).length) fields.push({ field: 'answers', key: 'field_answers_empty', vars: {} });
    if (dto.group !== undefined && !meta.groups.includes(dto.group)) fields.push({ field: 'group', key: 'field_group', vars: {} });
    if (fields.length) throw new ValidationFailed(fields);

    const now = this.clock.now();
    const shared = meta.kind === 'shared';
    if (shared) await this.guardSharedLink(meta.roundId, sender, now);
    const stored = await this.writer.store({
      roundId: meta.roundId,
      linkHash: shared ? null : hashToken(token),
      shared,
      answers: JSON.stringify(dto.answers),
      comment: dto.comment?.trim() || null,
      group: dto.group ?? null,
      at: now,
    });
    if (stored) {
      if (shared && this.guard.burst(meta.roundId, now.getTime())) await this.answers.recordAlert(meta.roundId, this.clock.today(), 'burst');
      return { roundId: meta.roundId, shared };
    }
    throw (await this.refusal(token, meta, await this.rounds.find(meta.roundId))) ?? new AppError(HttpStatus.CONFLICT, 'already_answered', 'already_answered');
  }

  private async guardSharedLink(roundId: string, sender: Sender, now: Date): Promise<void> {
    if (sender.answeredHere(roundId)) throw new AppError(HttpStatus.CONFLICT, 'already_answered', 'already_answered_browser');
    if (!this.guard.allow(roundId, sender.address, now.getTime())) {
      await this.answers.recordAlert(roundId, this.clock.today(), 'refused');
      throw new AppError(HttpStatus.TOO_MANY_REQUESTS, 'too_many_answers', 'too_many_answers');
    }
    if (this.config.surveyCapToEmployees && (await this.answers.allAnswersCount(roundId)) >= (await this.answers.employeesOf(roundId))) {
      throw new AppError(HttpStatus.CONFLICT, 'round_full', 'round_full');
    }
  }
}
