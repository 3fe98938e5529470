import { escapeHtml, type RenderedMail } from '../mail/templates';

/** The invitee has no account, so no language yet: Dutch first, English below. Plain words (B1). */
export function publisherInvitationMail(publisher: string, inviter: string, days: number, url: string): RenderedMail {
  const nl = [
    'Hallo,',
    `${inviter} nodigt je uit om redacteur te worden van ${publisher} in Groeiwijzer.`,
    `Als redacteur zet je regelingen, opleidingen en coaches van ${publisher} in de catalogus. Ondernemers in de regio vinden ze daar.`,
    `Open de link, maak een account (of log in) en accepteer de uitnodiging. De link werkt ${days} dagen.`,
  ];
  const en = [
    'Hello,',
    `${inviter} invites you to become an editor of ${publisher} in Groeiwijzer.`,
    `As an editor you put schemes, training and coaches of ${publisher} in the catalogue, where business owners in the region find them.`,
    `Open the link, create an account (or sign in) and accept the invitation. The link works for ${days} days.`,
  ];
  const footerNl = 'Ken je deze persoon niet, of wil je dit niet? Dan kun je deze e-mail negeren.';
  const footerEn = 'Do you not know this person, or do you not want this? Then you can ignore this e-mail.';
  const text = [
    ...nl, '', `Uitnodiging bekijken: ${url}`, '', footerNl, '', '—', '',
    ...en, '', `View the invitation: ${url}`, '', footerEn,
  ].join('\n');
  const button = (label: string) =>
    `<p><a href="${escapeHtml(url)}" style="display:inline-block;background:#0b5d57;color:#ffffff;padding:10px 16px;border-radius:6px;text-decoration:none">${escapeHtml(label)}</a></p>`;
  const footer = (line: string) => `<p style="color:#555;font-size:14px">${escapeHtml(line)}</p>`;
  const html = `<!doctype html><html lang="nl"><body style="font-family:system-ui,sans-serif;color:#1a1a1a;line-height:1.5">
${nl.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n')}
${button('Uitnodiging bekijken')}
${footer(footerNl)}
<hr>
<div lang="en">${en.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n')}
${button('View the invitation')}
${footer(footerEn)}</div>
</body></html>`;
  return { subject: `${inviter} nodigt je uit voor ${publisher} / Invitation to ${publisher}`, text, html };
}
