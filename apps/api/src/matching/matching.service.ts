import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  type ItemEligibilityResponse, type ItemKind, type Recommendation as RecommendationView, type RecommendationsResponse,
} from '@groeiwijzer/contracts';
import {
  ASPECT_KEYS, type AspectKey, checkEligibility, DEFAULT_PER_ASPECT, isAspectKey, ITEM_KINDS, type Locale, MAX_WEAK_SPOTS,
  type MatchOrganisation, type MatchPreferences, type Recommendation, recommend, sizeClassFor,
} from '@groeiwijzer/domain';
import { type EntityManager } from 'typeorm';
import { type AuthContext } from '../auth/auth.types';
import { AppError, ValidationFailed } from '../common/app-error';
import { Clock } from '../common/time';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { CandidatesRepository } from './candidates.repository';
import { type RecommendationsQueryDto } from './dto/recommendations.dto';
import { itemToMatchItem, type RowItem, toMatchItem, toRecommendedItem } from './match-item.mapper';
import { RecommendationsCache } from './recommendations-cache';
import { type GapRow, type MatchRoundRow, MatchingRepository, type OrganisationRow, type RecordedGap } from './matching.repository';

/** Any member of the organisation (owners, for now the only role) may see its recommendations. */
export function assertMember(auth: AuthContext, organisationId: string): void {
  if (!auth.organisations.some((o) => o.id === organisationId)) throw AppError.notFound();
}

/** The weak spots a list will be about, as `recommend()` picks them: the report's (weakest first),
 * else the lowest means; at most two. Only to narrow the candidate query: the domain decides. */
export function spotsFor(means: Partial<Record<AspectKey, number>> | null, weakSpots: readonly string[]): AspectKey[] {
  const given = [...new Set(weakSpots.filter(isAspectKey))];
  if (given.length) return given.slice(0, MAX_WEAK_SPOTS);
  const scored = ASPECT_KEYS.filter((k) => typeof means?.[k] === 'number');
  return scored.sort((a, b) => (means![a] as number) - (means![b] as number)).slice(0, MAX_WEAK_SPOTS);
}

/** A round named in a request must be the organisation's, closed, with a ready report. */
function checkNamedRound(round: MatchRoundRow | null, organisationId: string, field: string): MatchRoundRow {
  const problem = !round || round.organisation_id !== organisationId ? 'field_round_unknown'
    : round.status !== 'closed' ? 'field_round_open'
      : !round.results || round.results.withheld || !round.results.view ? 'field_round_withheld' : null;
  if (problem || !round) throw new ValidationFailed([{ field, key: problem ?? 'field_round_unknown', vars: {} }]);
  return round;
}

export const matchOrganisation = (org: OrganisationRow): MatchOrganisation => ({
  id: org.id, region: org.region, sector: org.sector, employees: org.employees, sizeClass: sizeClassFor(org.employees),
});

@Injectable()
export class MatchingService {
  private readonly logger = new Logger('MatchingService');
  private readonly cache: RecommendationsCache;

  constructor(
    private readonly candidates: CandidatesRepository,
    private readonly repo: MatchingRepository,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.cache = new RecommendationsCache(config.matchingCacheSize, 5 * 60_000);
  }

  /** The round a list or a referral is based on: the one named (it must be this organisation's,
   * closed, with a ready report; otherwise 400 naming `field`), else the latest ready one, else null. */
  async pickRound(organisationId: string, roundId: string | undefined, field: string, m?: EntityManager): Promise<MatchRoundRow | null> {
    if (roundId === undefined) return this.repo.latestReadyRound(organisationId, m);
    return checkNamedRound(await this.repo.round(roundId, m), organisationId, field);
  }

  async organisation(organisationId: string, m?: EntityManager): Promise<OrganisationRow> {
    const org = await this.repo.organisation(organisationId, m);
    if (!org) throw AppError.notFound();
    return org;
  }

  async recommendations(auth: AuthContext, organisationId: string, q: RecommendationsQueryDto, locale: Locale): Promise<RecommendationsResponse> {
    assertMember(auth, organisationId);
    const key = JSON.stringify([organisationId, locale, this.clock.today(), q.roundId, q.kind, q.regionalOnly, q.freeOnly, q.language]);
    const fingerprint = await this.repo.fingerprint(organisationId);
    if (fingerprint === null) throw AppError.notFound();
    const now = this.clock.now().getTime();
    const cached = this.cache.get(key, fingerprint, now);
    if (cached) return cached;
    const list = await this.computeRecommendations(organisationId, q, locale);
    this.cache.set(key, fingerprint, now, list);
    return list;
  }

  private async computeRecommendations(organisationId: string, q: RecommendationsQueryDto, locale: Locale): Promise<RecommendationsResponse> {
    const context = await this.repo.context(organisationId, q.roundId ?? null);
    const org = context.organisation;
    if (!org) throw AppError.notFound();
    const round = q.roundId === undefined ? context.round : checkNamedRound(context.round, organisationId, 'roundId');
    const { dismissed } = context;
    const today = this.clock.today();
    const means = round?.results?.aspects ?? null;
    const weakSpots = round?.results?.view?.weakSpots ?? [];
    const kinds: readonly ItemKind[] = q.kind ? [q.kind] : ITEM_KINDS;
    const preferences: MatchPreferences = { regionalOnly: q.regionalOnly, freeOnly: q.freeOnly, language: q.language, kinds: q.kind ? [q.kind] : undefined };
    const spots = spotsFor(means, weakSpots);
    const rows = await this.candidates.find({
      organisationId, region: org.region, sector: org.sector, sizeClass: sizeClassFor(org.employees), today, spots, kinds,
      perKind: spots.length ? DEFAULT_PER_ASPECT : 2 * DEFAULT_PER_ASPECT, preferences,
    });
    const items = rows.map(toMatchItem);
    const result = recommend<RowItem>({
      org: matchOrganisation(org), aspectMeans: means, weakSpots, items, dismissed: new Set(dismissed.map((d) => d.item_id)), today, locale, preferences,
    });
    const shown = result.items.map((r) => r.item.id);
    const [views] = await Promise.all([
      this.candidates.shown(shown, organisationId),
      round && result.mode !== 'profile' ? this.recordGaps(org, round.id, today, kinds, result.gaps, items, context.gaps) : null,
    ]);
    const byId = new Map(views.map((v) => [v.id, v]));
    const view = (r: Recommendation<RowItem>): RecommendationView => ({
      item: toRecommendedItem(byId.get(r.item.id)!, today), aspect: r.aspect, score: r.score, reasons: r.reasons, eligibility: r.eligibility,
      inPlan: byId.get(r.item.id)!.in_plan,
    });
    return {
      basedOn: {
        roundId: round?.id ?? null,
        roundTitle: round?.title ?? null,
        closedAt: round?.closed_at ? new Date(round.closed_at).toISOString() : null,
        weakSpots: result.groups.map((g) => g.aspect).filter((a): a is AspectKey => a !== null),
        mode: result.mode,
      },
      items: result.items.map(view),
      groups: result.groups.map((g) => ({ aspect: g.aspect, mean: g.mean, intro: g.intro, items: g.items.map(view) })),
      gaps: result.gaps,
      explanation: result.explanation,
      dismissed: dismissed.map((d) => ({ itemId: d.item_id, title: d.title, kind: d.kind, dismissedAt: new Date(d.dismissed_at).toISOString() })),
    };
  }

  /** Weak spots without any eligible item of a kind (not those only the owner's choices empty),
   * for the regional demand signal. A coach gap where eligible coaches exist but are all full is a
   * shortage (`full`). Written only when something changed since it was last seen today. */
  private async recordGaps(
    org: OrganisationRow, roundId: string, today: string, kinds: readonly ItemKind[],
    gaps: { aspect: AspectKey | null; kind: ItemKind; reason: string }[], items: RowItem[], recorded: GapRow[],
  ): Promise<void> {
    const wanted: RecordedGap[] = gaps
      .filter((g): g is typeof g & { aspect: AspectKey } => g.reason === 'none_eligible' && g.aspect !== null)
      .map((g) => ({
        aspect: g.aspect, kind: g.kind,
        cause: g.kind === 'coach' && items.some((i) => i.kind === 'coach' && i.aspects.includes(g.aspect) && i.coach && i.coach.openReferrals >= i.coach.capacity) ? 'full' : 'none',
      }));
    const sizeClass = sizeClassFor(org.employees);
    const current = recorded.filter((g) => kinds.includes(g.kind));
    const same = (g: GapRow) => g.last_seen_on === today && g.round_id === roundId && g.region === org.region && g.sector === org.sector && g.size_class === sizeClass;
    const key = (g: { aspect: string; kind: string; cause: string }) => `${g.aspect}|${g.kind}|${g.cause}`;
    const unchanged = current.length === wanted.length && current.every(same) && new Set([...current, ...wanted].map(key)).size === wanted.length;
    if (unchanged) return;
    await this.repo.recordGaps({ ...org, sizeClass }, roundId, today, kinds, wanted).catch((error) => {
      // The list is what the owner asked for; a lost gap update is seen again on the next visit.
      this.logger.warn({ msg: 'recording matching gaps failed', organisationId: org.id, error: String(error) });
    });
  }

  async dismiss(auth: AuthContext, organisationId: string, itemId: string): Promise<void> {
    assertMember(auth, organisationId);
    const item = await this.repo.itemVisible(organisationId, itemId);
    if (!item.visible && !item.dismissed) throw AppError.notFound();
    await this.repo.dismiss(organisationId, itemId, auth.user.id, this.clock.now());
  }

  async undismiss(auth: AuthContext, organisationId: string, itemId: string): Promise<void> {
    assertMember(auth, organisationId);
    const item = await this.repo.itemVisible(organisationId, itemId);
    if (!item.visible && !item.dismissed) throw AppError.notFound();
    await this.repo.undismiss(organisationId, itemId);
  }

  /** "Past bij jullie": each criterion for this organisation, with what would make it fit. */
  async itemEligibility(auth: AuthContext, itemId: string, organisationId: string, locale: Locale): Promise<ItemEligibilityResponse> {
    assertMember(auth, organisationId);
    const [org, row] = await Promise.all([this.organisation(organisationId), this.candidates.findOne(itemId)]);
    const visible = row && ((row.status === 'published' && row.approved) || auth.publishers.some((p) => p.id === row.publisher_id) || auth.user.isAdmin);
    if (!row || !visible) throw AppError.notFound();
    const { eligible, checks } = checkEligibility(itemToMatchItem(row), matchOrganisation(org), this.clock.today(), locale);
    return { organisationId, eligible, checks };
  }

  /**
   * The best eligible coach for the organisation and aspect (null: its weak spots, or its profile
   * without a scan), leaving out `exclude` and the owner's dismissals; null when none has room.
   * Ranked exactly as the recommendations rank coaches. Used to forward a referral.
   */
  async rankCoaches(organisationId: string, aspect: AspectKey | null, exclude: readonly string[], m?: EntityManager): Promise<string | null> {
    const org = await this.organisation(organisationId, m);
    const round = await this.repo.latestReadyRound(organisationId, m);
    const today = this.clock.today();
    const means = round?.results?.aspects ?? null;
    const weakSpots = aspect ? [aspect] : round?.results?.view?.weakSpots ?? [];
    const spots = spotsFor(means, weakSpots);
    const dismissed = new Set([...(await this.repo.dismissed(organisationId)).map((d) => d.item_id), ...exclude]);
    const rows = await this.candidates.find({
      organisationId, region: org.region, sector: org.sector, sizeClass: sizeClassFor(org.employees), today, spots, kinds: ['coach'],
      perKind: 1, exclude: [...exclude], preferences: {},
    }, m);
    const result = recommend<RowItem>({
      org: matchOrganisation(org), aspectMeans: means, weakSpots, items: rows.map(toMatchItem), dismissed, today, locale: 'nl',
      preferences: { kinds: ['coach'] }, perAspect: 1,
    });
    const best = result.groups.flatMap((g) => g.items).find((r) => !aspect || r.item.aspects.includes(aspect));
    return best?.item.id ?? null;
  }
}
