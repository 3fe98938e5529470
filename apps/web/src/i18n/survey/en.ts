import type { SurveyCatalogue } from './index';

/** English questionnaire texts. Typed against the Dutch source: a missing or extra key is a compile error. */
export const surveyEn: SurveyCatalogue = {
  app: {
    name: 'Groeiwijzer',
    documentTitle: '{page} – Groeiwijzer',
  },
  language: {
    label: 'Language',
    nl: 'Nederlands',
    en: 'English',
  },
  common: {
    loading: 'Loading…',
    sending: 'Sending…',
    optional: '(optional)',
    errorPrefix: 'Error:',
    tryAgain: 'Try again',
  },
  welcome: {
    eyebrow: 'Questionnaire from {organisation}',
    intro: '{organisation} wants to know how learning goes in the company. Your opinion helps.',
    anonymousTitle: 'Anonymous',
    anonymousText:
      'Nobody sees what you answered. Your employer only sees the results of the whole group, and only once enough people have taken part.',
    durationTitle: 'Takes less than 10 minutes',
    durationText: 'You get {count} short statements in {steps} steps. For each statement you choose how much you agree.',
    closesTitle: 'Open until {date}',
    closesText: 'You can stop in between. Your answers stay saved on this device until you send them.',
    start: 'Start the questionnaire',
    resumeNotice: 'You had already started. Your answers from last time have been kept.',
    resume: 'Continue at step {step}',
    restart: 'Clear my answers and start again',
  },
  step: {
    progress: 'Step {step} of {total}',
    progressLabel: 'Progress',
    intro: 'How much do you agree with these statements? If you do not know, or a statement does not fit your work, choose "{dontKnow}".',
    back: 'Back',
    next: 'Next',
    missingTitle: 'You have not answered everything yet',
    missingText: 'Choose an answer for each statement:',
    missingOne: 'Choose an answer.',
  },
  final: {
    title: 'Almost done',
    intro: 'You have seen all the statements. Below you can add something more. You do not have to.',
    groupLegend: 'Which team or department do you work in?',
    groupHint: 'Your employer only sees results per team when enough people from that team take part.',
    groupNone: 'I would rather not say',
    commentLabel: 'Anything else you want to say about learning in your work?',
    commentHint: 'Your employer reads this word for word. So do not write any names, not even your own.',
    submit: 'Send',
    submitFailed: 'Sending did not work. Your answers are still saved. Please try again in a moment.',
  },
  thanks: {
    title: 'Thank you for taking part!',
    text: 'Your answers have been stored anonymously. You can close this page now.',
    next: 'Once enough people have taken part, {organisation} gets a report. It shows what goes well and what could be better.',
  },
  problems: {
    notFoundTitle: 'This link does not work',
    notFoundText: 'We do not know this link. Perhaps it was not copied completely. Ask your employer for the right link.',
    alreadyAnsweredTitle: 'You have already taken part',
    alreadyAnsweredText:
      'The questionnaire has already been filled in with this personal link. You can only take part once. Thank you for your help!',
    closedTitle: 'The questionnaire is closed',
    closedText: 'You can no longer take part, because the period has ended. A pity it did not work out. Thank you for wanting to help!',
    networkTitle: 'No connection',
    networkText: 'We cannot reach Groeiwijzer right now. Check your internet connection and try again.',
    unknownTitle: 'Something went wrong',
    unknownText: 'Please try again later.',
  },
};
