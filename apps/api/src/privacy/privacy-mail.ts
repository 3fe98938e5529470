import { type Locale } from '@groeiwijzer/domain';
import { layout, type RenderedMail } from '../mail/templates';
import { formatMoment } from '../common/time';

const day = (d: Date, locale: Locale) => formatMoment(d, locale, 'long');

/** To every owner when one of them asks to erase the organisation: when, and how to undo it. */
export function organisationErasureMail(locale: Locale, name: string, organisation: string, eraseAfter: Date, url: string): RenderedMail {
  if (locale === 'en') {
    return {
      subject: `${organisation} will be erased on ${day(eraseAfter, locale)}`,
      ...layout(locale, {
        greeting: `Hello ${name},`,
        lines: [
          `An owner asked to erase ${organisation} from Groeiwijzer: its scans and reports, invitations, action plan and requests to coaches.`,
          `This happens on ${day(eraseAfter, locale)}. Until then you can undo it, and download everything first.`,
        ],
        action: { label: 'Undo or download', url },
        footer: 'Did nobody in your organisation ask for this? Undo it and change your password.',
      }),
    };
  }
  return {
    subject: `${organisation} wordt op ${day(eraseAfter, locale)} gewist`,
    ...layout(locale, {
      greeting: `Hallo ${name},`,
      lines: [
        `Een eigenaar heeft gevraagd om ${organisation} uit Groeiwijzer te wissen: de scans en rapporten, uitnodigingen, het ontwikkelplan en de hulpvragen aan coaches.`,
        `Dat gebeurt op ${day(eraseAfter, locale)}. Tot die dag kun je het ongedaan maken, en eerst alles downloaden.`,
      ],
      action: { label: 'Ongedaan maken of downloaden', url },
      footer: 'Heeft niemand in je organisatie hierom gevraagd? Maak het dan ongedaan en verander je wachtwoord.',
    }),
  };
}

/** To the account holder who asked to erase their account. */
export function accountErasureMail(locale: Locale, name: string, eraseAfter: Date, url: string): RenderedMail {
  if (locale === 'en') {
    return {
      subject: `Your Groeiwijzer account will be erased on ${day(eraseAfter, locale)}`,
      ...layout(locale, {
        greeting: `Hello ${name},`,
        lines: [`You asked to erase your account. This happens on ${day(eraseAfter, locale)}. Until then you can sign in and undo it.`],
        action: { label: 'Undo', url },
        footer: 'Did you not ask for this? Sign in, undo it and change your password.',
      }),
    };
  }
  return {
    subject: `Je Groeiwijzer-account wordt op ${day(eraseAfter, locale)} gewist`,
    ...layout(locale, {
      greeting: `Hallo ${name},`,
      lines: [`Je hebt gevraagd om je account te wissen. Dat gebeurt op ${day(eraseAfter, locale)}. Tot die dag kun je inloggen en het ongedaan maken.`],
      action: { label: 'Ongedaan maken', url },
      footer: 'Heb je hier niet om gevraagd? Log in, maak het ongedaan en verander je wachtwoord.',
    }),
  };
}
