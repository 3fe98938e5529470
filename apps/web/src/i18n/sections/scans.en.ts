import type { Widen } from '../catalogue';
import type { scansNl } from './scans.nl';

/** English strings of the scan rounds; same keys as the Dutch source. */
export const scansEn: Widen<typeof scansNl> = {
  status: {
    open: 'Open',
    closed: 'Closed',
  },
  list: {
    title: 'Scans',
    start: 'Start a new scan',
    empty:
      'You have not run a scan yet. A scan asks your employees, anonymously, how learning goes in your company. You then get a report on what goes well and what could be better.',
    closesAt: 'Closing date: {date}',
    counts: 'Invited: {invited} · Responded: {responded}',
  },
  fields: {
    title: 'Name of the scan',
    titleHint: 'So you can recognise the scan later. Your employees see this name too.',
    closesAt: 'Closing date',
    closesAtHint: 'Employees can fill in the questionnaire up to and including this day. Two weeks is usually enough.',
    minResponses: 'Minimum number of responses',
    minResponsesHint:
      'You only see results once at least this many people have filled in the questionnaire. That way nobody can trace who answered what. We recommend 5. The lowest number is {floor}.',
    groups: 'Teams or departments',
    groupsHint:
      'One per line, for example "Shop" and "Bakery". Employees choose their own team. You only see results per team when enough people from that team take part.',
  },
  create: {
    title: 'Start a new scan',
    intro:
      'Your employees get a short questionnaire about learning in your company. They fill it in anonymously, on their phone or computer. It takes less than 10 minutes.',
    defaultTitle: 'Learning culture scan',
    submit: 'Start scan',
  },
  round: {
    backToOrganisation: 'Back to your organisation',
    notFoundTitle: 'Scan not found',
    notFoundText: 'This scan does not exist, or you do not have access to it.',
    notice: {
      created: 'The scan has started. Now invite your employees.',
      closed: 'The scan is closed. Nobody can answer any more.',
      selfSaved: 'Your own assessment has been saved.',
    },
    openUntil: 'Open until {date}.',
    closedOn: 'Closed on {date}.',
    countsTitle: 'How many people take part?',
    invited: 'Invited by e-mail',
    responded: 'Questionnaire filled in',
    minResponses: 'Needed for a report',
    countsPrivacy:
      'You only see how many people took part, never who. People who use the shared link or QR code count too.',
    stillNeeded: {
      one: 'At least 1 more response is needed for a report.',
      other: 'At least {count} more responses are needed for a report.',
    },
    countsSteps:
      'While the scan is open, the number goes up in steps of three: answers wait until there are three. That way nobody can tell who just took part. When the scan closes, every answer counts.',
    enoughOpen: 'There are enough responses for a report. You will see the report once the scan is closed.',
    enoughClosed: 'There are enough responses. The report is ready.',
    reportTitle: 'Report',
    reportOpen: 'The report comes once the scan is closed and enough people have taken part.',
    reportClosed: 'See what goes well, what could be better, and a plan for the talk with your team.',
    reportLink: 'View report',
  },
  share: {
    title: 'Shared link and QR code',
    intro:
      'Useful for employees without a work e-mail address. Send the link in a group chat or put up a poster with a QR code. Anyone with the link can take part once.',
    label: 'Link to the questionnaire',
    posterLink: 'Make a poster with QR code',
    close: 'Close link',
    open: 'Open link again',
    closedText: 'The shared link is closed. Nobody can take part through it any more. Personal links by e-mail still work.',
    protection: 'Each device can take part once. No more answers come in than your company has employees.',
    alertsTitle: 'Please note',
    alert: {
      burst: '{date}: many answers in a short time through the shared link. Is that right? If not, close the link.',
      refused: '{date}: {count} answers refused because too many came from one network at once.',
    },
  },
  invite: {
    title: 'Invite by e-mail',
    intro:
      'Everyone gets their own link that works once. That way nobody takes part twice. Answers stay anonymous: you do not see who filled in what.',
    label: 'E-mail addresses',
    hint: 'One address per line, or separated by commas. You can also paste a list from your e-mail program.',
    empty: 'Enter at least one e-mail address.',
    found: {
      one: '1 address found.',
      other: '{count} addresses found.',
    },
    submit: 'Send invitations',
    resultInvited: {
      one: '1 invitation sent.',
      other: '{count} invitations sent.',
    },
    resultDuplicates: 'These addresses already had an invitation or were in the list twice ({count}):',
    resultInvalid: 'These addresses are not written correctly. They did not get an invitation ({count}):',
  },
  self: {
    title: 'Your own assessment',
    intro:
      'Answer the same statements yourself. The report then shows where your view differs from your employees’ view. Your employees do not see your answers.',
    done: 'You have filled in your own assessment. You can still change your answers.',
    start: 'Fill in your own assessment',
    edit: 'Change your own assessment',
    pageTitle: 'Your own assessment',
    pageIntro:
      'How do you see learning in your company? For each statement, choose how much you agree. Your employees do not see your answers.',
    alreadyDone: 'You filled this in before. You see your answers from then. Change what you want and save again.',
    missingTitle: {
      one: '1 statement has no answer yet',
      other: '{count} statements have no answer yet',
    },
    missingOne: 'Choose an answer.',
    submit: 'Save assessment',
  },
  close: {
    title: 'Close the scan',
    intro:
      'The scan closes by itself after the closing date. Has everyone taken part already? Then you can close it now. After that nobody can answer, and the report gets ready.',
    start: 'Close the scan now',
    confirm: 'Are you sure? After closing, nobody can fill in the questionnaire any more. This cannot be undone.',
    yes: 'Yes, close the scan',
  },
  poster: {
    back: 'Back to the scan',
    instructions: 'Print this page and put it up where everyone passes by, such as the canteen.',
    print: 'Print poster',
    documentTitle: 'Poster with QR code',
    title: 'What do you think about learning here?',
    lead: 'Take part in a short questionnaire. It is anonymous and takes less than 10 minutes.',
    qrAlt: 'QR code to the questionnaire',
    step1: 'Open the camera on your phone.',
    step2: 'Point the camera at the QR code.',
    step3: 'Tap the link and fill in the questionnaire.',
    facts: 'You can take part until {date}. Nobody sees what you answered.',
    orVisit: 'Cannot read the QR code? Go to:',
  },
};
