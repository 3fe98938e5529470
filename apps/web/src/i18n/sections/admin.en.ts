import type { Widen } from '../catalogue';
import type { adminNl } from './admin.nl';

/** English strings of the admin feature; same keys as the Dutch source. */
export const adminEn: Widen<typeof adminNl> = {
  title: 'Admin',
  intro: 'Approve new publishers and coaches, and keep an eye on outgoing mail.',
  backToOverview: 'Back to admin',
  nationwide: 'Nationwide',
  forbidden: {
    title: 'Admins only',
    text: 'This page is only for Groeiwijzer admins. Should you have access? Then ask an admin.',
    toDashboard: 'Go to your dashboard',
  },
  overview: {
    sectionsLabel: 'Admin sections',
    publishersTitle: 'Publishers',
    publishersPending: {
      one: '{count} publisher awaits approval',
      other: '{count} publishers await approval',
    },
    publishersApproved: {
      one: '{count} approved publisher',
      other: '{count} approved publishers',
    },
    coachesTitle: 'Coaches',
    coachesPending: {
      one: '{count} coach awaits approval',
      other: '{count} coaches await approval',
    },
    mailTitle: 'Outgoing mail',
    mailDead: {
      one: '{count} mail failed',
      other: '{count} mails failed',
    },
    mailPending: {
      one: '{count} mail in the queue',
      other: '{count} mails in the queue',
    },
    countUnavailable: 'Count not available right now',
  },
  publishers: {
    title: 'Approve publishers',
    intro:
      'A publisher can only publish offers once an admin has approved it. Check that the organisation really exists and works in the regions it names.',
    pendingTitle: 'Awaiting approval',
    pendingEmpty: 'No publishers are awaiting approval.',
    approvedTitle: 'Approved publishers',
    approvedEmpty: 'There are no approved publishers yet.',
    approvedCaption: 'Approved publishers, with regions and website',
    name: 'Name',
    regions: 'Regions',
    website: 'Website',
    approve: 'Approve',
    approveNamed: 'Approve: {name}',
    approved: '{name} has been approved. This publisher can now publish offers.',
  },
  coaches: {
    title: 'Approve coaches',
    intro:
      'A coach only appears in the catalogue once an admin has approved the profile. Approving publishes the profile right away.',
    pendingTitle: 'Awaiting approval',
    empty: 'No coaches are awaiting approval.',
    provider: 'Provider',
    publisher: 'Publisher',
    coachType: 'Type of coach',
    contactEmail: 'E-mail address for requests',
    regions: 'Regions',
    approve: 'Approve and publish',
    approveNamed: 'Approve and publish: {title}',
    approved: '{title} has been approved and is now in the catalogue.',
    types: {
      consularis: 'Consularis (retired entrepreneur)',
      arbeidsmarktcoach: 'Labour-market coach',
      leerambassadeur: 'Learning ambassador',
      'hr-adviseur': 'HR adviser',
    },
  },
  mail: {
    title: 'Outgoing mail',
    intro:
      'All Groeiwijzer mail goes into a queue first, so no mail gets lost. You can send failed mail again here. This page refreshes itself every 10 seconds.',
    countsTitle: 'Counts per status',
    listTitle: 'Mails',
    filterLabel: 'Show mail with status',
    filterAll: 'All statuses',
    caption: 'The latest 200 mails, newest first',
    captionFiltered: 'The latest 200 mails with status “{status}”, newest first',
    empty: 'There is no mail.',
    emptyFiltered: 'There is no mail with status “{status}”.',
    refreshFailed: 'Refreshing failed. What you see may be out of date. We will try again shortly.',
    columns: {
      subject: 'Subject',
      to: 'To',
      kind: 'Kind',
      status: 'Status',
      delivery: 'Delivery',
      createdAt: 'Created',
      lastError: 'Last error',
      action: 'Action',
    },
    category: {
      transactional: 'direct',
      reminder: 'reminder',
    },
    status: {
      pending: 'In the queue',
      sending: 'Being sent',
      sent: 'Sent',
      dead: 'Failed',
    },
    sentOn: 'Sent on',
    nextAttempt: 'Next attempt',
    attempts: {
      one: '{count} attempt',
      other: '{count} attempts',
    },
    resend: 'Send again',
    resendNamed: 'Send again: {subject} to {to}',
    resent: 'The mail “{subject}” to {to} is back in the queue.',
  },
};
