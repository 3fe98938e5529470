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
import { scansEn } from './sections/scans.en';
import { reportEn } from './sections/report.en';

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
      groupOfferMail: 'Mail me when there is an offer for a weak spot we share with other companies in the region',
      groupOfferMailHint: 'When at least five companies in your region have the same weak spot and there is no offer for it yet, a provider can set up something together. You then get one e-mail. Nobody sees which company switched this on.',
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
  scans: scansEn,
  report: reportEn,
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
