import type { Widen } from '../catalogue';
import type { privacyNl } from './privacy.nl';

/** English strings of the privacy feature; same keys as the Dutch source. */
export const privacyEn: Widen<typeof privacyNl> = {
  cancel: 'No, go back',
  organisation: {
    title: 'Your data',
    exportText: 'Download everything Groeiwijzer keeps about this organisation. Employees’ answers are in it as the report shows them, never per person.',
    exportJson: 'Download as a JSON file',
    exportCsv: 'Download as CSV files (zip)',
    erase: 'Erase organisation',
    confirmTitle: 'Erase {name}?',
    confirmText:
      'In 14 days we erase the organisation with all scans, reports, invitations, the action plan and the requests for help. Every owner gets an e-mail. Until then you can undo it.',
    confirm: 'Yes, erase the organisation',
    pendingTitle: 'This organisation will be erased on {date}',
    pendingText: 'Download what you want to keep first. Was it a mistake? Then undo it.',
    restore: 'Do not erase',
  },
  account: {
    headerLink: 'Account',
    title: 'Your account',
    exportTitle: 'Download your data',
    exportText: 'Download everything Groeiwijzer keeps about you: your profile, your organisations, keys, notifications and the e-mail we sent you.',
    export: 'Download my data',
    eraseTitle: 'Erase account',
    eraseText: 'Are you the only owner of an organisation? Then erase it first, or add another owner.',
    erase: 'Erase my account',
    confirmTitle: 'Erase your account?',
    confirmText: 'In 14 days we erase your account. You get an e-mail. Until then you can sign in and undo it.',
    confirm: 'Yes, erase my account',
    pendingTitle: 'Your account will be erased on {date}',
    pendingText: 'Was it a mistake? Then undo it.',
    restore: 'Do not erase',
  },
  audit: {
    title: 'Audit log',
    headerLink: 'Audit log',
    intro: 'Who did what and when: approvals, downloads, erasures, keys and consents. Answers are never in it.',
    action: 'Kind of action',
    actionHint: 'For example consent, organisation or publisher.approved',
    filter: 'Show',
    caption: '{count} lines, newest first',
    when: 'When',
    who: 'Who',
    what: 'What',
    target: 'On',
    details: 'Details',
    role: { admin: 'admin', owner: 'owner', coach: 'coach', publisher: 'publisher', user: 'user', system: 'system' },
  },
};
