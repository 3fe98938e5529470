import {
  amsterdamInputs,
  durationChoices,
  EMPTY_FOLLOW_UP_VALUES,
  formatDuration,
  formatSession,
  toFollowUpFormValues,
  toFollowUpRequest,
  toStartsAt,
} from './follow-up-values';

describe('the follow-up form', () => {
  it('joins the date and time inputs into the Dutch wall-clock moment the API reads', () => {
    expect(toStartsAt('2027-01-14', '15:30')).toBe('2027-01-14T15:30');
    expect(toStartsAt(' 2027-01-14 ', '9:05')).toBe('2027-01-14T09:05');
    // Some browsers give seconds.
    expect(toStartsAt('2027-01-14', '15:30:00')).toBe('2027-01-14T15:30');
  });

  it('gives nothing while the date or time is missing or impossible', () => {
    expect(toStartsAt('', '15:30')).toBeNull();
    expect(toStartsAt('2027-01-14', '')).toBeNull();
    expect(toStartsAt('2027-02-30', '15:30')).toBeNull();
    expect(toStartsAt('14-01-2027', '15:30')).toBeNull();
    expect(toStartsAt('2027-01-14', '24:00')).toBeNull();
  });

  it('turns the values into the request, leaving out an empty location', () => {
    expect(toFollowUpRequest({ date: '2027-01-14', time: '15:30', minutes: '60', location: '  Kantine ' })).toEqual({
      startsAt: '2027-01-14T15:30',
      minutes: 60,
      location: 'Kantine',
    });
    expect(toFollowUpRequest({ ...EMPTY_FOLLOW_UP_VALUES, date: '2027-01-14', time: '15:30', location: ' ' })).toEqual({
      startsAt: '2027-01-14T15:30',
      minutes: 90,
    });
    expect(toFollowUpRequest(EMPTY_FOLLOW_UP_VALUES)).toBeNull();
  });

  it('fills the form with a planned session in Dutch time, summer and winter', () => {
    expect(toFollowUpFormValues({ startsAt: '2027-01-14T14:30:00.000Z', minutes: 120, location: 'Kantine' })).toEqual({
      date: '2027-01-14',
      time: '15:30',
      minutes: '120',
      location: 'Kantine',
    });
    expect(amsterdamInputs('2027-06-30T22:15:00.000Z')).toEqual({ date: '2027-07-01', time: '00:15' });
    expect(toFollowUpFormValues({ startsAt: '2027-06-14T07:00:00.000Z', minutes: 90, location: null }).location).toBe('');
  });

  it('offers the standard durations, plus the current one when it differs', () => {
    expect(durationChoices(90)).toEqual([30, 60, 90, 120]);
    expect(durationChoices(45)).toEqual([30, 45, 60, 90, 120]);
  });
});

describe('showing the follow-up session', () => {
  it('writes the day and times as they fall in the Netherlands', () => {
    // 14:30 UTC in January is 15:30 in Amsterdam; 90 minutes later is 17:00.
    expect(formatSession({ startsAt: '2027-01-14T14:30:00.000Z', minutes: 90 }, 'nl')).toEqual({
      date: 'donderdag 14 januari 2027',
      start: '15:30',
      end: '17:00',
    });
    // Summer time: UTC+2.
    expect(formatSession({ startsAt: '2027-06-14T07:00:00.000Z', minutes: 60 }, 'en')).toEqual({
      date: 'Monday, 14 June 2027',
      start: '09:00',
      end: '10:00',
    });
  });

  it('writes the duration in hours when it is a whole or half hour', () => {
    expect(formatDuration(90, 'nl')).toBe('1,5 uur');
    expect(formatDuration(60, 'nl')).toBe('1 uur');
    expect(formatDuration(120, 'en')).toBe('2 hours');
    expect(formatDuration(30, 'nl')).toBe('30 minuten');
    expect(formatDuration(45, 'en')).toBe('45 minutes');
  });
});
