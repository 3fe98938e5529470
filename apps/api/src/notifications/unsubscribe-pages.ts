import { type Locale } from '@groeiwijzer/domain';
import { fill, textsFor } from '../i18n';
import { escapeHtml } from '../mail/templates';
import { type ReminderKind } from './kinds';

type Kind = ReminderKind | 'all';

function page(lang: Locale, title: string, body: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – Groeiwijzer</title></head>
<body style="font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.5">
<main><h1 style="color:#0b5d57">${escapeHtml(title)}</h1>${body}</main></body></html>`;
}

/** The page behind the link in a mail's footer: one button (opening a link must not unsubscribe:
 * mail scanners open links too). */
export function confirmUnsubscribePage(lang: Locale, kind: Kind, token: string): string {
  const t = textsFor(lang).mail.unsubscribe;
  return page(lang, t.title, `<p>${escapeHtml(fill(t.ask, { kind: t.kinds[kind] }))}</p>
<form method="post" action="/api/unsubscribe/${escapeHtml(encodeURIComponent(token))}"><button type="submit" style="background:#0b5d57;color:#fff;border:0;padding:.6rem 1rem;border-radius:6px;font-size:1rem">${escapeHtml(t.button)}</button></form>`);
}

/** After the button: what was switched off, and where to switch it on again. */
export function unsubscribedPage(lang: Locale, kind: Kind): string {
  const t = textsFor(lang).mail.unsubscribe;
  return page(lang, t.doneTitle, `<p>${escapeHtml(fill(t.done, { kind: t.kinds[kind] }))} <a href="/instellingen/meldingen">${escapeHtml(t.settings)}</a></p>`);
}
