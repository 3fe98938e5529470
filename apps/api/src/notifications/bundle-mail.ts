import { type Locale } from '@groeiwijzer/domain';
import { fill, textsFor } from '../i18n';
import { escapeHtml, type RenderedMail } from '../mail/templates';

export interface QueuedReminder {
  subject: string;
  text: string;
  /** A whole mail document from `layout`; its body is reused inside a bundle. */
  html: string;
  unsubscribeUrl: string;
}

const bodyOf = (html: string) => /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? escapeHtml(html);
const footerHtml = (text: string, url: string) =>
  `<p style="color:#555;font-size:13px">${escapeHtml(text)} <a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p>`;

/** One reminder as it goes out: its own text with its own unsubscribe link. */
export function singleReminderMail(locale: Locale, r: QueuedReminder): RenderedMail {
  const footer = textsFor(locale).mail.reminders.unsubscribeOne;
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
  const t = textsFor(locale).mail.reminders;
  const subject = fill(t.bundleSubject, { n, subjects: reminders.map((r) => r.subject).join(' · ') });
  const intro = fill(t.bundleIntro, { n });
  const one = t.unsubscribeOne;
  const text = [
    intro, '',
    ...reminders.flatMap((r, i) => [`${i + 1}. ${r.subject}`, '', r.text, '', `${one} ${r.unsubscribeUrl}`, '', '—', '']),
    `${t.unsubscribeAll} ${unsubscribeAllUrl}`,
  ].join('\n');
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:system-ui,sans-serif;color:#1a1a1a;line-height:1.5">
<p>${escapeHtml(intro)}</p>
${reminders.map((r, i) => `<section><h2 style="font-size:18px">${i + 1}. ${escapeHtml(r.subject)}</h2>
${bodyOf(r.html)}
${footerHtml(one, r.unsubscribeUrl)}</section>`).join('\n<hr>\n')}
${footerHtml(t.unsubscribeAll, unsubscribeAllUrl)}
</body></html>`;
  return { subject: subject.length > 180 ? `${subject.slice(0, 177)}…` : subject, text, html };
}
