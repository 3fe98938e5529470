import type { Widen } from '../catalogue';
import type { settingsNl } from './settings.nl';

/** English strings of the settings feature; same keys as the Dutch source. */
export const settingsEn: Widen<typeof settingsNl> = {
  headerLink: 'Notifications',
  notifications: {
    title: 'E-mail notifications',
    intro: 'Choose which topics Groeiwijzer may send you reminders about. We save each change at once.',
    legend: 'Reminders you want to get',
    kinds: {
      scan: {
        label: 'Reminders about the scan',
        hint: 'When you have not filled in a questionnaire yet, when a report is ready, and the day before the follow-up session.',
      },
      rescan: {
        label: 'Invitations to scan again',
        hint: 'Six months and a year after a scan. So you see whether learning in your company moves forward.',
      },
      schemes: {
        label: 'Reminders about support schemes',
        hint: 'When you can apply for a grant or scheme and the deadline is close.',
      },
      plan: {
        label: 'Reminders about your development plan',
        hint: 'When a step of your company’s plan is coming up.',
      },
      referrals: {
        label: 'Reminders about requests to coaches',
        hint: 'When a request to a coach is still waiting for an answer.',
      },
      publisher: {
        label: 'Messages for publishers',
        hint: 'When your offers have not been checked for a year, and every week what companies in your region look for.',
      },
      offers: {
        label: 'New offers for a shared need',
        hint: 'When an offer is published for a weak spot your company shares with other companies in the region. Only if you switched this on for your company.',
      },
    },
    rules:
      'You get at most one e-mail with reminders a day. We never send them between 21:00 and 07:00. E-mails to sign in and appointments someone plans for you always arrive.',
    saved: 'Saved.',
    failed: 'Saving did not work. The setting is back as it was. Please try again later.',
  },
};
