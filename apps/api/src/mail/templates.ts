import { type Locale } from '@groeiwijzer/domain';
import { fill, textsFor, type Vars } from '../i18n';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const button = (label: string, url: string) =>
  `<p><a href="${escapeHtml(url)}" style="display:inline-block;background:#0b5d57;color:#ffffff;padding:10px 16px;border-radius:6px;text-decoration:none">${escapeHtml(label)}</a></p>`;

/** A mail in our house style: a greeting, why it matters, one clear action. */
export function layout(locale: Locale, parts: { greeting: string; lines: readonly string[]; action: { label: string; url: string }; footer: string }): { text: string; html: string } {
  const text = [parts.greeting, '', ...parts.lines, '', `${parts.action.label}: ${parts.action.url}`, '', parts.footer].join('\n');
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:system-ui,sans-serif;color:#1a1a1a;line-height:1.5">
<p>${escapeHtml(parts.greeting)}</p>
${parts.lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n')}
${button(parts.action.label, parts.action.url)}
<p style="color:#555;font-size:14px">${escapeHtml(parts.footer)}</p>
</body></html>`;
  return { text, html };
}

/** One half of a mail in one language: its lines, the action's label and an optional footer. */
export interface MailHalf {
  lines: readonly string[];
  action: string;
  footer?: string;
}

/** A mail to someone whose language we do not know (staff, invitees, a coach without an account):
 * the Dutch half first, the English half below, each with its own action and footer. */
export function bilingualMail(subject: string, url: string, nl: MailHalf, en: MailHalf): RenderedMail {
  const half = (h: MailHalf) => [...h.lines, '', `${h.action}: ${url}`, ...(h.footer ? ['', h.footer] : [])];
  const htmlHalf = (h: MailHalf) =>
    `${h.lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n')}\n${button(h.action, url)}${h.footer ? `\n<p style="color:#555;font-size:14px">${escapeHtml(h.footer)}</p>` : ''}`;
  const text = [...half(nl), '', '—', '', ...half(en)].join('\n');
  const html = `<!doctype html><html lang="nl"><body style="font-family:system-ui,sans-serif;color:#1a1a1a;line-height:1.5">
${htmlHalf(nl)}
<hr>
<div lang="en">${htmlHalf(en)}</div>
</body></html>`;
  return { subject, text, html };
}

/** A mail in the reader's language from a catalogue entry (`i18n/mail.*.ts`): greeting, lines,
 * one action, footer; the entry's texts filled with `vars`. A builder that composes the lines
 * itself passes them filled (`lines`); `footer` stands in for an entry without one. */
export function catalogueMail(
  locale: Locale,
  entry: { subject: string; lines?: readonly string[]; action: string; footer?: string },
  o: { name: string; url: string; vars?: Vars; lines?: readonly string[]; footer?: string },
): RenderedMail {
  const vars = { ...o.vars, name: o.name };
  return {
    subject: fill(entry.subject, vars),
    ...layout(locale, {
      greeting: fill(textsFor(locale).mail.greeting, vars),
      lines: o.lines ?? (entry.lines ?? []).map((l) => fill(l, vars)),
      action: { label: entry.action, url: o.url },
      footer: entry.footer ?? o.footer ?? '',
    }),
  };
}

export function magicLinkMail(locale: Locale, name: string, url: string): RenderedMail {
  return catalogueMail(locale, textsFor(locale).mail.magicLink, { name, url });
}
