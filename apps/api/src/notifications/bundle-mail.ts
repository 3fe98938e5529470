import { type Locale } from '@groeiwijzer/domain';
import { escapeHtml, type RenderedMail } from '../mail/templates';

export interface QueuedReminder {
  subject: string;
  text: string;
  /** A whole mail document from `layout`; its body is reused inside a bundle. */
  html: string;
  unsubscribeUrl: string;
}

const FOOTER = {
  nl: { one: 'Wil je deze herinneringen niet meer krijgen? Meld je af:', all: 'Geen herinneringen meer van Groeiwijzer? Meld je af voor alle herinneringen:' },
  en: { one: 'Don’t want these reminders any more? Unsubscribe:', all: 'No more reminders from Groeiwijzer? Unsubscribe from all reminders:' },
};

const bodyOf = (html: string) => /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? escapeHtml(html);
const footerHtml = (text: string, url: string) =>
  `<p style="color:#555;font-size:13px">${escapeHtml(text)} <a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p>`;

/** One reminder as it goes out: its own text with its own unsubscribe link. */
export function singleReminderMail(locale: Locale, r: QueuedReminder): RenderedMail {
  const footer = FOOTER[locale].one;
  return {
    subject: r.subject,
    text: `${r.text}\n\n${footer} ${r.unsubscribeUrl}`,
    html: r.html.replace('</body>', `${footerHtml(footer, r.unsubscribeUrl)}</body>`),
  };
}

/** Several reminders for one person on one day become one mail: each part keeps its why, its
 * action and its own unsubscribe link; the mail's one-click unsubscribe stops all reminders. */
export function bundledReminderMail(locale: Locale, reminders: QueuedReminder[], unsubscribeAllUrl: string): RenderedMail {
  const n = reminders.length;
  const subject = locale === 'en' ? `${n} reminders from Groeiwijzer: ${reminders.map((r) => r.subject).join(' · ')}` : `${n} herinneringen van Groeiwijzer: ${reminders.map((r) => r.subject).join(' · ')}`;
  const intro = locale === 'en' ? `To keep your inbox calm, here are today's ${n} reminders in one e-mail.` : `Om je inbox rustig te houden, krijg je de ${n} herinneringen van vandaag in één e-mail.`;
  const one = FOOTER[locale].one;
  const text = [
    intro, '',
    ...reminders.flatMap((r, i) => [`${i + 1}. ${r.subject}`, '', r.text, '', `${one} ${r.unsubscribeUrl}`, '', '—', '']),
    `${FOOTER[locale].all} ${unsubscribeAllUrl}`,
  ].join('\n');
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:system-ui,sans-serif;color:#1a1a1a;line-height:1.5">
<p>${escapeHtml(intro)}</p>
${reminders.map((r, i) => `<section><h2 style="font-size:18px">${i + 1}. ${escapeHtml(r.subject)}</h2>
${bodyOf(r.html)}
${footerHtml(one, r.unsubscribeUrl)}</section>`).join('\n<hr>\n')}
${footerHtml(FOOTER[locale].all, unsubscribeAllUrl)}
</body></html>`;
  return { subject: subject.length > 180 ? `${subject.slice(0, 177)}…` : subject, text, html };
}
