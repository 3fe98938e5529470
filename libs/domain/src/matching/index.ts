// The public face of matching. Named exports only: the helpers inside (dates, formatting) stay
// private so their plain names cannot clash with other parts of the domain.
export type {
  Eligibility, EligibilityCheck, EligibilityCriterion, EligibilityResult, MatchGap, MatchItem, MatchMode, MatchOrganisation,
  MatchPreferences, MatchReason, MatchWindow, ReasonCode, Recommendation, RecommendationGroup, RecommendInput, RecommendResult,
} from './types';
export { checkEligibility, schemeWindowState, type SchemeWindowState, UNKNOWN_WINDOW_IS_ELIGIBLE, WINDOW_LOOKAHEAD_MONTHS } from './eligibility';
export { ASPECT_FIT, DEADLINE_DAYS, MIN_OUTCOMES, RANKING_WEIGHTS, type RankingFactor } from './ranking';
export { DEFAULT_PER_ASPECT, MAX_WEAK_SPOTS, recommend } from './recommend';
export { MATCHING_TEXTS, matchingText, type MatchingTextKey } from './texts';
export {
  addWorkingDays, dutchPublicHolidays, easterSunday, type HolidayKey, isDutchPublicHoliday, isWorkingDay, type PublicHoliday,
  workingDaysBetween,
} from './working-days';
