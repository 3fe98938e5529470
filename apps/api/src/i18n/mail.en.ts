import { type Widen } from './catalogue';
import { type mailNl } from './mail.nl';

/** Mails in English: the same keys as `mail.nl.ts` (a missing or extra key does not compile). */
export const mailEn: Widen<typeof mailNl> = {
  greeting: 'Hello {name},',
  greetingAnonymous: 'Hello,',
  magicLink: {
    subject: 'Your sign-in link for Groeiwijzer',
    lines: ['You asked for a link to sign in to Groeiwijzer. The link works once and for 15 minutes.'],
    action: 'Sign in',
    footer: 'Did you not ask for this? Then you can ignore this e-mail.',
  },
  scanInvitation: {
    subject: 'Short questionnaire',
    lines: [
      '{organisation} wants to know how learning at work is going, and asks you to fill in a short questionnaire: "{title}".',
      'It takes less than 10 minutes and works on your phone. Your answers are anonymous: nobody sees what you filled in. Results only show once enough colleagues have taken part.',
      'You can take part until {closingDay}. This link is only for you and works once.',
    ],
    action: 'Fill in the questionnaire',
    calendarSummary: 'questionnaire closes',
    calendarDescription: 'you can take part until this moment.',
  },
  scanReminder: {
    subject: 'Reminder',
    subjectLast: 'Last chance',
    opening: 'A few days ago {organisation} asked you to fill in a short questionnaire: "{title}". Perhaps you have not got round to it yet.',
    openingLast: 'Tomorrow the questionnaire "{title}" of {organisation} closes. Do you have 10 minutes?',
    lines: [
      'Why it matters: the more colleagues take part, the better the company sees what helps learning. Your answers stay anonymous.',
      'You can take part until {closes}. Already done? Then you can ignore this e-mail.',
    ],
    action: 'Fill in the questionnaire',
    footer: 'This link is only for you and works once.',
  },
  reportReady: {
    subject: 'Your scan report is ready: {title}',
    lines: [
      'The scan has closed and the report is ready. It shows what goes well and where learning can grow.',
      'Why it matters: talking about the results with your team is the first step. The report suggests an agenda for that conversation.',
    ],
    action: 'View the report',
    footer: 'You receive this because you run scans in Groeiwijzer.',
  },
  reportWithheld: {
    subject: 'Your scan has closed: {title}',
    lines: [
      'The scan has closed, but too few people answered to show results without giving away who said what.',
      'You can start a new round and invite more colleagues.',
    ],
    action: 'Go to the scan',
    footer: 'You receive this because you run scans in Groeiwijzer.',
  },
  publisherInvitation: {
    subject: 'Invitation to {publisher}',
    lines: [
      '{inviter} invites you to become an editor of {publisher} in Groeiwijzer.',
      'As an editor you put schemes, training and coaches of {publisher} in the catalogue, where business owners in the region find them.',
      'Open the link, create an account (or sign in) and accept the invitation. The link works for {days} days.',
    ],
    action: 'View the invitation',
    footer: 'Do you not know this person, or do you not want this? Then you can ignore this e-mail.',
  },
  organisationErasure: {
    subject: '{organisation} will be erased on {day}',
    lines: [
      'An owner asked to erase {organisation} from Groeiwijzer: its scans and reports, invitations, action plan and requests to coaches.',
      'This happens on {day}. Until then you can undo it, and download everything first.',
    ],
    action: 'Undo or download',
    footer: 'Did nobody in your organisation ask for this? Undo it and change your password.',
  },
  accountErasure: {
    subject: 'Your Groeiwijzer account will be erased on {day}',
    lines: ['You asked to erase your account. This happens on {day}. Until then you can sign in and undo it.'],
    action: 'Undo',
    footer: 'Did you not ask for this? Sign in, undo it and change your password.',
  },
  reminders: {
    unsubscribeOne: 'Don’t want these reminders any more? Unsubscribe:',
    unsubscribeAll: 'No more reminders from Groeiwijzer? Unsubscribe from all reminders:',
    bundleSubject: '{n} reminders from Groeiwijzer: {subjects}',
    bundleIntro: 'To keep your inbox calm, here are today\'s {n} reminders in one e-mail.',
  },
};
