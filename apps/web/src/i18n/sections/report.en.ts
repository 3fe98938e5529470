import type { Widen } from '../catalogue';
import type { reportNl } from './report.nl';

/** English strings of the scan report; same keys as the Dutch source. */
export const reportEn: Widen<typeof reportNl> = {
  title: 'Report: {title}',
  backToRound: 'Back to the scan',
  aspect: 'Aspect',
  meta: {
    one: 'Based on 1 completed questionnaire.',
    other: 'Based on {count} completed questionnaires.',
  },
  closedOn: 'Closed on {date}.',
  scoreLine: 'Average {mean} · {favourable} (strongly) agree',
  series: {
    employees: 'Employees',
    owner: 'Your assessment',
    benchmark: 'Similar companies',
  },
  actions: {
    pdf: 'Download as PDF',
  },
  share: {
    title: 'Share with your employees',
    intro:
      'Share the results with your team. They get a link to this report, without your own assessment. You can stop sharing at any time.',
    start: 'Share report with employees',
    sharedText:
      'The report is shared. Anyone with this link can read it, without your own assessment. Keep the link now: we do not store it, so you will not see it here later.',
    sharedNoLink: 'The report is shared. Lost the link? Make a new one. The old link then stops working.',
    newLink: 'Make a new link',
    label: 'Link to the shared report',
    stop: 'Stop sharing',
  },
  withheld: {
    openTitle: 'The scan is still running',
    tooFewTitle: 'Too few responses for a report',
    respondents: {
      one: 'So far 1 person has filled in the questionnaire.',
      other: 'So far {count} people have filled in the questionnaire.',
    },
    openNeedMore: {
      one: 'The results come when the scan closes. At least 1 more response is needed by then.',
      other: 'The results come when the scan closes. At least {count} more responses are needed by then.',
    },
    openEnough: 'There are enough responses. The results come when the scan closes.',
    tooFewText: {
      one: 'At least 1 more response was needed for a report. That is why we show no results.',
      other: 'At least {count} more responses were needed for a report. That is why we show no results.',
    },
    why: 'That way it stays anonymous who answered what.',
  },
  radar: {
    title: 'Overview',
    intro: 'The spider chart shows the six aspects on a scale from 1 to 5. The further out, the better.',
    legend: 'Legend',
    summaryStart: 'Spider chart of the six aspects, scale 1 to 5.',
    tableCaption: 'Average per aspect (1 to 5)',
    number: 'No.',
  },
  findings: {
    title: 'What goes well and what could be better?',
  },
  scores: {
    title: 'Results per aspect',
    intro: 'For each aspect you see the average and how the answers are spread. "Don’t know" does not count.',
    legend: 'Colours of the answers',
    mean: 'Average {mean} out of 5',
    favourable: '{share} (strongly) agree',
    people: {
      one: '1 person',
      other: '{count} people',
    },
    benchmark: 'Similar companies: {mean}',
    distributionLabel: 'Spread of the answers: {parts}',
    itemsToggle: 'See the statements',
  },
  gaps: {
    title: 'Your view and your employees’ view',
    intro: 'This is where your assessment differs most from what your employees think.',
    values: 'You: {owner}. Employees: {employees}. Difference: {difference}.',
    ownerHigher: 'You are more positive than your employees. Ask them: what do they see that you miss?',
    ownerLower: 'Your employees are more positive than you. Ask what they think goes well.',
    none: 'Your assessment is close to your employees’ view.',
    noSelf: 'You have not filled in your own assessment yet. Then you would see here where your view differs.',
    noSelfLink: 'Fill in your own assessment',
  },
  trend: {
    title: 'Change since earlier scans',
    intro: 'This is how the aspects changed since your earlier scans.',
    caption: 'Average per aspect per scan (1 to 5)',
    thisRound: 'This scan',
    change: 'Difference with previous scan',
    line: 'Trend',
    none: 'This is your first scan with a report. Run the scan again in six months to a year. Then you will see here what has changed.',
  },
  benchmark: {
    title: 'Comparison with other companies',
    sector: 'We compare with {count} companies in the same sector. Their average is in the overview and with each aspect.',
    region: 'We compare with {count} companies in the same region. Their average is in the overview and with each aspect.',
    none: 'There are not enough similar companies to compare with yet. As soon as there are, you will see the comparison here.',
  },
  groups: {
    title: 'Per team or department',
    intro:
      'You only see teams in which at least {count} people took part. Teams with fewer people are left out. That way everyone stays anonymous.',
    caption: 'Average per aspect per team (1 to 5)',
  },
  comments: {
    title: 'What employees wrote',
    intro: {
      one: '1 comment, word for word.',
      other: '{count} comments, word for word and in random order.',
    },
    none: 'No comments were written.',
  },
  agenda: {
    title: 'Suggested plan for the talk with your team',
    intro:
      'Discuss the results together with your employees, for example in a team meeting. This is a suggestion for such a talk of about an hour.',
    openingTopic: 'Welcome and purpose',
    openingTime: '5 minutes',
    openingText:
      'Explain why you ran the scan. Say that the answers are anonymous and that nobody has to tell what they filled in.',
    resultsTopic: 'The results in short',
    resultsTime: '10 minutes',
    resultsText: 'Show the overview. Ask: what do you recognise, and what surprises you?',
    strongTopic: 'What goes well: {aspect}',
    strongTime: '10 minutes',
    weakTopic: 'What could be better: {aspect}',
    weakTime: '15 minutes',
    questions: 'Questions to discuss:',
    actionsTopic: 'Agreements',
    actionsTime: '10 minutes',
    actionsText:
      'Choose one or two small steps together. Agree who does what and when you will come back to it. Run the scan again in six months to a year.',
  },
  followUp: {
    title: 'Follow-up session',
    intro: 'Plan a moment to discuss the results with your team. Use the suggestion above as the agenda.',
    owners: 'Everyone who owns the company account gets an e-mail with the appointment.',
    when: 'When',
    whenValue: '{date}, from {start} to {end}',
    duration: 'How long',
    location: 'Where',
    addToCalendar: 'Add to your calendar (.ics)',
    move: 'Move',
    cancel: 'Cancel the session',
    cancelConfirm: 'Are you sure the follow-up session will not take place?',
    cancelNote: 'Every owner gets an e-mail that the session is off, which also removes it from their calendar.',
    cancelYes: 'Yes, cancel the session',
    fields: {
      when: 'When is the session?',
      date: 'Date',
      time: 'Time',
      timeHint: 'Dutch time, for example 15:30',
      duration: 'How long does it take?',
      location: 'Where is the session?',
      locationHint: 'For example the canteen, or a link to a video call.',
    },
    missingWhen: 'Choose a date and a time.',
    submit: 'Plan the follow-up session',
    submitMove: 'Save the new time',
    notice: {
      planned: 'The follow-up session is planned. The e-mail with the appointment is on its way.',
      moved: 'The follow-up session has been moved. Everyone gets an e-mail with the new time.',
      cancelled: 'The follow-up session is no longer planned.',
    },
  },
  shared: {
    intro:
      '{organisation} shares the results of the scan with you. You see the answers of the whole group. Nobody can see what you filled in.',
    goneTitle: 'This report is not shared (any more)',
    goneText: 'The link does not work. Perhaps sharing was stopped. Ask your employer for a new link.',
    withheldTitle: 'No results yet',
  },
};
