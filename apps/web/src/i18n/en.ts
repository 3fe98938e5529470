import type { Catalogue } from './catalogue';
import { accountSecurityEn } from './sections/account-security.en';
import { adminEn } from './sections/admin.en';
import { catalogueEn } from './sections/catalogue.en';
import { publisherEn } from './sections/publisher.en';
import { coachEn } from './sections/coach.en';
import { insightsEn } from './sections/insights.en';
import { matchingEn } from './sections/matching.en';
import { planEn } from './sections/plan.en';
import { referralsEn } from './sections/referrals.en';
import { settingsEn } from './sections/settings.en';
import { privacyEn } from './sections/privacy.en';

/** English, second language. Typed against the Dutch catalogue: a missing or extra key is a
 * compile error. */
export const en: Catalogue = {
  app: {
    name: 'Groeiwijzer',
    documentTitle: '{page} – Groeiwijzer',
    skipLink: 'Skip to main content',
  },
  nav: {
    label: 'Main menu',
    dashboard: 'Dashboard',
    signIn: 'Sign in',
    signUp: 'Create account',
    signOut: 'Sign out',
    catalogue: 'Find support',
    publisher: 'Publisher',
    admin: 'Admin',
    coach: 'Coach',
    signedInAs: 'Signed in as {name}',
    menu: 'Menu',
    account: 'Account',
  },
  language: {
    label: 'Language',
    nl: 'Nederlands',
    en: 'English',
  },
  footer: {
    text: 'Groeiwijzer helps small and medium-sized businesses keep learning and growing, with support from their own region.',
  },
  common: {
    loading: 'Loading…',
    saving: 'Saving…',
    sending: 'Sending…',
    optional: '(optional)',
    cancel: 'Cancel',
    close: 'Close',
    notFilledIn: 'Not filled in',
    errorPrefix: 'Error:',
    copy: 'Copy',
    copied: 'Copied.',
    copyManually: 'Copying did not work. The text is selected: copy it yourself.',
  },
  errors: {
    network: 'Groeiwijzer cannot be reached. Check your internet connection and try again.',
    unknown: 'Something went wrong. Please try again later.',
    loadFailed: 'We could not load this information. Please try again later.',
  },
  landing: {
    title: 'Build a strong learning culture in your business',
    documentTitle: 'Learning and growing in small businesses',
    intro:
      'Groeiwijzer is for small and medium-sized businesses. You quickly see how learning works in your company. And you find support in your own region.',
    stepsTitle: 'How it works',
    step1Title: 'Run the scan',
    step1Text:
      'Your employees fill in a short questionnaire. They can do it on their phone in less than 10 minutes. The answers are anonymous.',
    step2Title: 'Read the report',
    step2Text: 'You see what goes well and what could be better. So you know where to start.',
    step3Title: 'Find support in your region',
    step3Text:
      'Groeiwijzer shows support schemes, training and coaches that match your weak spots. Everything from your own region, in one place.',
    step4Title: 'Keep it going',
    step4Text:
      'You get reminders, so your plan does not get stuck. After six months to a year you run the scan again. Then you see what has improved.',
    aspectsTitle: 'The scan looks at six aspects',
    aspectsIntro:
      'A good learning culture gives you employees who think along and learn more. And fewer people leave. The scan looks at:',
    privacyTitle: 'Anonymous, so honest',
    privacyText:
      'Nobody sees who gave which answer. You only see results when enough people have filled in the questionnaire.',
    ctaText: 'Creating an account takes only a few minutes. Then you add your business.',
    ctaStart: 'Get started with Groeiwijzer',
    ctaDashboard: 'Continue to your organisations',
  },
  accountSecurity: accountSecurityEn,
  auth: {
    fields: {
      name: 'Name',
      email: 'Email address',
      password: 'Password',
      passwordHint: 'at least 12 characters',
    },
    register: {
      title: 'Create account',
      intro: 'With an account you can add your business and start a scan.',
      submit: 'Create account',
      haveAccount: 'Already have an account?',
      signInLink: 'Sign in',
    },
    login: {
      title: 'Sign in',
      intro: 'Sign in with your email address and password.',
      continueNotice: 'Please sign in first. Then you continue where you were.',
      submit: 'Sign in',
      noAccount: 'No account yet?',
      signUpLink: 'Create account',
      magicLinkLink: 'Sign in with a link by email',
    },
    magicLink: {
      title: 'Sign in with a link by email',
      intro: 'Enter your email address. You will get an email with a link. With that link you sign in without a password.',
      submit: 'Send me a link',
      sentTitle: 'Check your email',
      sentText:
        'Is there an account for {email}? Then you will get an email within a few minutes. Click the link in that email to sign in. The link works only once.',
      backToLogin: 'Back to sign in',
    },
    verify: {
      title: 'Sign in with your link',
      intro: 'Click the button to sign in.',
      submit: 'Sign in',
      missingToken: 'This link is incomplete. Please request a new link.',
      requestNew: 'Request a new link',
    },
  },
  dashboard: {
    documentTitle: 'Dashboard',
    greeting: 'Hello {name}',
    intro: 'Here you find your organisations. Choose an organisation to see its details.',
    organisationsTitle: 'Your organisations',
    addOrganisation: 'Add organisation',
    emptyTitle: 'Your first step: add your business',
    emptyText:
      'Enter the name, sector, region and number of employees of your business. We use this to find support that fits you. Then you can start the scan among your employees.',
    employeesCount: '{count} employees',
    offerTitle: 'Do you offer support yourself?',
    offerText: 'Do you work at a sector table, a learning and work desk or a training provider? Put your schemes, training offers and coaches in the catalogue.',
    offerLink: 'Register as a publisher',
  },
  organisations: {
    fields: {
      name: 'Company name',
      kvkNumber: 'KvK number (Chamber of Commerce)',
      kvkNumberHint: '8 digits. This is optional.',
      sector: 'Sector',
      sectorPlaceholder: 'Choose a sector',
      region: 'Region',
      regionHint: 'The labour-market region where your business is located.',
      regionPlaceholder: 'Choose a region',
      employees: 'Number of employees',
      employeesHint: 'A whole number from 1 to 249.',
    },
    create: {
      title: 'Add organisation',
      intro: 'Tell us about your business. Then we only show support that fits your business.',
      submit: 'Save organisation',
      created: 'The organisation has been added.',
    },
    edit: {
      title: 'Edit {name}',
      documentTitle: 'Edit organisation',
      submit: 'Save changes',
      saved: 'Your changes have been saved.',
    },
    profile: {
      detailsTitle: 'Details',
      sizeClass: 'Size',
      edit: 'Edit details',
      backToDashboard: 'Back to your organisations',
      notFoundTitle: 'Organisation not found',
      notFoundText: 'This organisation does not exist, or you do not have access to it.',
    },
  },
  scans: {
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
  },
  report: {
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
  },
  sizeClass: {
    micro: 'Micro business (fewer than 10 employees)',
    small: 'Small business (10 to 49 employees)',
    medium: 'Medium-sized business (50 to 249 employees)',
  },
  catalogue: catalogueEn,
  publisher: publisherEn,
  admin: adminEn,
  settings: settingsEn,
  privacy: privacyEn,
  matching: matchingEn,
  plan: planEn,
  referrals: referralsEn,
  coach: coachEn,
  insights: insightsEn,
  notFound: {
    title: 'Page not found',
    text: 'This page does not exist (anymore). Maybe the link is old or the address is wrong.',
    home: 'Go to the home page',
  },
};
