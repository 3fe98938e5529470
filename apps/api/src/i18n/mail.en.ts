import { type Widen } from './catalogue';
import { type mailNl } from './mail.nl';

/** Mails in English: the same keys as `mail.nl.ts` (a missing or extra key does not compile). */
export const mailEn: Widen<typeof mailNl> = {
  greeting: 'Hello {name},',
  greetingAnonymous: 'Hello,',
  footers: {
    owner: 'You receive this because you own this company’s account in Groeiwijzer.',
    scans: 'You receive this because you run scans in Groeiwijzer.',
    publisher: 'You receive this because you edit this publisher in Groeiwijzer.',
  },
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
  },
  reportWithheld: {
    subject: 'Your scan has closed: {title}',
    lines: [
      'The scan has closed, but too few people answered to show results without giving away who said what.',
      'You can start a new round and invite more colleagues.',
    ],
    action: 'Go to the scan',
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
  followUp: {
    calendarSummary: 'follow-up session',
    calendarDescription: 'Discuss the results with the team. Agenda and report:',
    planned: {
      subject: 'Follow-up session planned: {at}',
      lines: [
        'The follow-up session on "{title}" is planned for {at}{where}. The calendar file is attached.',
        'Why it matters: talking together about what goes well and what could grow is where learning starts. The report suggests an agenda.',
      ],
      action: 'Open the report and agenda',
    },
    where: ' at {location}',
    reminder: {
      subject: 'Tomorrow: follow-up session on "{title}"',
      lines: [
        'Tomorrow ({at}) you discuss the scan results with your team.',
        'Why it matters: talking together about what goes well and what could grow is where learning starts. The report suggests an agenda.',
      ],
      action: 'Open the report and agenda',
    },
    cancelled: {
      subject: 'Follow-up session cancelled: {at}',
      lines: [
        'The follow-up session on "{title}" of {at} is off. The attached calendar file removes it from your calendar.',
        'Why it matters: the results are still worth a conversation. Plan a new moment when it suits you.',
      ],
      action: 'Open the report',
    },
  },
  rescan: {
    subject: '{months} months on: has learning at {organisation} moved?',
    lines: [
      '{months} months ago your team answered the learning-culture scan.{weakSpot}',
      'Why it matters: a new round shows whether what you worked on made a difference, and what to do next.',
    ],
    weakSpot: ' The weak spot then was "{aspect}".',
    action: 'Start a new scan',
  },
  staleItems: {
    subject: '{n} item(s) of {publisher} not checked for a year',
    intro: 'These items of {publisher} have not been checked for 12 months:',
    more: '… and {n} more',
    why: 'Why it matters: business owners plan with what they read here. Is it still right? One click ("still right") is enough; otherwise edit or archive it.',
    action: 'Check the items',
  },
  demandDigest: {
    subject: "This week's demand for {publisher}: {n} searches without an offer",
    searches: 'Last week, people searched the catalogue {n} times in your regions.',
    top: 'Searched most:',
    unmet: 'Searched without finding anything — room for an offer:',
    allFound: 'Every search found something. Well done.',
    shortage: 'In {region}, {n} companies found no coach with room.',
    shortageFew: 'Coaches in {region} are full.',
    funnel: 'Your offers this month so far: viewed {views}×, {clicks} clicks to contact or website, added to an action plan {planAdds}×, {referrals} requests for a coach.',
    funnelTop: 'Viewed most: {title}.',
    gaps: 'Largest gaps in your regions:',
    gap: '• {region}, {aspect}: {n} companies weak, {offers}',
    gapNoOffer: 'no offer',
    gapOneOffer: '1 fitting offer',
    gapOffers: '{n} fitting offers',
    pooling: '{n} shared need(s) without any offer: at least 5 companies each, waiting for a group offer.',
    why: 'Why it matters: an offer that answers these searches reaches owners who are looking right now.',
    action: 'Add or improve an offer',
    footer: 'Searches are counted without knowing who searched.',
  },
  plan: {
    dueSummary: 'Due: {title}',
    dueDescription: 'A step in the action plan of {organisation}{responsible}. {url}',
    responsible: ' (responsible: {name})',
    closingSummary: 'Applications close: {scheme}',
    closingDescription: 'Apply by the end of this day. The step "{title}" in the action plan of {organisation} depends on it. {url}',
    action: 'Open the action plan',
    due: {
      subject: 'Tomorrow: "{title}" is due',
      lines: [
        'Tomorrow ({day}) is the due date of "{title}" in the action plan of {organisation}.{responsible}',
        'Why it matters: small steps that get done are what makes learning at work grow. Is it done? Move it to "Done"; the next scan shows whether it helped.',
      ],
      responsible: ' Responsible: {name}.',
    },
    opens: {
      subject: 'Open from today: {scheme}',
      lines: [
        '"{scheme}", linked to "{title}" in the action plan of {organisation}, accepts applications from today until {closes}.',
        'Why it matters: schemes often run out of budget before they close. The attached calendar file holds the closing moment.',
      ],
    },
    closes: {
      subject: '{scheme} closes {inDays} ({closesDay})',
      lines: [
        'Applications for "{scheme}", linked to "{title}" in the action plan of {organisation}, close {inDays}: at the end of {closes}.',
        'Why it matters: after that the next chance may be months away. The attached calendar file holds the closing moment.',
      ],
      today: 'today',
      tomorrow: 'tomorrow',
      inDays: 'in {n} days',
    },
  },
  referrals: {
    share: {
      none: 'nothing from the scan',
      summary: 'the scan summary (averages, strengths, points for attention)',
      report: 'the full scan report',
    },
    reasons: {
      no_capacity: 'the coach has no time right now',
      not_my_expertise: 'this is not what the coach does',
      outside_region: 'you are outside the coach\'s region',
      other: 'another reason',
    },
    coachFooter: 'You receive this because this address is the contact of your coach profile in Groeiwijzer.',
    ownerFooter: 'You receive this because you asked a coach for help through Groeiwijzer.',
    request: {
      subject: 'Request for help from {organisation}',
      subjectReminder: 'Reminder: {organisation} is waiting for your answer',
      opening: '{organisation} asks you for help through Groeiwijzer.',
      openingReminder: '{organisation} is still waiting for your answer to their request for help.',
      facts: '{sector}, {region}, {employees} employees.{aspect} They share {share} with you.',
      aspect: ' Their question is about: {aspect}.',
      answerBy: 'Please accept or decline by {by}. After that the request lapses and the company can ask another coach.',
      signIn: 'Sign in with this e-mail address to read their message (create an account with it if you have none yet).',
      action: 'View the request',
    },
    withdrawn: {
      subject: 'Request withdrawn: {organisation}',
      lines: ['{organisation} withdrew their request for help. You need not do anything.', 'Your place is free again for another company.'],
      action: 'Go to your requests',
    },
    requested: {
      subject: 'Your request was sent to {coach}',
      lines: [
        '{coach} received your request and will answer by {by}.',
        'You share {share}. You can withdraw that at any moment.',
        'If no answer comes, one click sends the request to another coach.',
      ],
      action: 'View your request',
    },
    accepted: {
      subject: '{coach} is glad to help',
      lines: ['{coach} accepted your request and will contact you.'],
      contact: 'You can also get in touch yourself: {email}.',
      action: 'View your request',
    },
    declined: {
      subject: '{coach} cannot help you right now',
      lines: ['{coach} declined your request: {reason}.'],
      note: 'The coach writes: "{note}"',
      action: 'Send to another coach',
    },
    completed: {
      subject: 'How was the help from {coach}?',
      lines: ['{coach} has completed the help.', 'Give a rating from 1 to 5. It helps other companies find a coach that suits them.'],
      action: 'Give feedback',
    },
    lapsed: {
      subject: 'No answer from {coach}: send your request on',
      lines: ['{coach} did not answer within 10 working days, so your request has lapsed.'],
      action: 'Send to another coach',
    },
    forwardOneClick: 'One click sends your request, without retyping, to the next coach that fits you.',
  },
  groupOffer: {
    subject: 'New in {region}: an offer for what {organisation} wants to work on',
    lines: [
      'The scan of {organisation} showed a weak spot: {aspects}. Other companies in {region} had the same need, and there was no offer for it yet.',
      'Now there is: "{title}" ({kind}) from {publisher}.',
      'Look at it and add it to your development plan if it suits you.',
    ],
    kinds: { scheme: 'support scheme', training: 'training', coach: 'coach' },
    action: 'View the offer',
    footer: "You receive this because {organisation} asked for a mail when a group offer is published. You can switch this off in your company's details.",
  },
  unsubscribe: {
    kinds: {
      all: 'all reminders from Groeiwijzer',
      scan: 'reminders about the scan',
      schemes: 'reminders about support schemes',
      plan: 'reminders about your development plan',
      referrals: 'reminders about coach requests',
      rescan: 'invitations to scan again',
      publisher: 'messages for publishers',
      offers: 'messages about new group offers',
    },
    title: 'Unsubscribe',
    ask: 'Do you want to stop receiving {kind}?',
    button: 'Yes, unsubscribe me',
    doneTitle: 'Unsubscribed',
    done: 'You have been unsubscribed from {kind}. You can switch them on again in your settings:',
    settings: 'Notification settings',
  },
};
