import { addWorkingDays } from '@groeiwijzer/domain';
import { amsterdamDate, parseClosesAt } from '../common/time';

/** Working days after the request before the coach gets one reminder. */
export const REMIND_AFTER_WORKING_DAYS = 5;
/** Working days the coach has to answer; then the request lapses. */
export const ANSWER_WITHIN_WORKING_DAYS = 10;

/** The end of a calendar day in the Netherlands (23:59:59.999, summer or winter time). */
function endOfDay(day: string): Date {
  return parseClosesAt(day)!;
}

/**
 * A request made at `requestedAt` (any moment of its day, Europe/Amsterdam; that day itself never
 * counts) is reminded once the 5th Dutch working day after it has ended, and lapses once the
 * 10th has ended. Working days: Monday to Friday except the public holidays of the Algemene
 * termijnenwet (libs/domain working-days.ts). So a request on Thursday 23 April 2026 is reminded
 * from Saturday 2 May (Koningsdag, Monday 27 April, does not count) and must be answered by the
 * end of Monday 11 May (Bevrijdingsdag, 5 May, does not count either).
 */
export function referralDeadlines(requestedAt: Date): { remindAt: Date; answerBy: Date } {
  const day = amsterdamDate(requestedAt);
  return {
    remindAt: endOfDay(addWorkingDays(day, REMIND_AFTER_WORKING_DAYS)),
    answerBy: endOfDay(addWorkingDays(day, ANSWER_WITHIN_WORKING_DAYS)),
  };
}
