import { fill, TEXTS } from '../i18n';
import { bilingualMail, type RenderedMail } from '../mail/templates';

/** The invitee has no account, so no language yet: Dutch first, English below. Plain words (B1). */
export function publisherInvitationMail(publisher: string, inviter: string, days: number, url: string): RenderedMail {
  const vars = { publisher, inviter, days };
  const half = (locale: 'nl' | 'en') => {
    const t = TEXTS[locale].mail;
    return { lines: [t.greetingAnonymous, ...t.publisherInvitation.lines.map((l) => fill(l, vars))], action: t.publisherInvitation.action, footer: t.publisherInvitation.footer };
  };
  return bilingualMail(`${fill(TEXTS.nl.mail.publisherInvitation.subject, vars)} / ${fill(TEXTS.en.mail.publisherInvitation.subject, vars)}`, url, half('nl'), half('en'));
}
