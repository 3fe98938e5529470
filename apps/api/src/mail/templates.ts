import { type Locale } from '@groeiwijzer/domain';

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

/** A mail in our house style: a greeting, why it matters, one clear action. */
export function layout(locale: Locale, parts: { greeting: string; lines: string[]; action: { label: string; url: string }; footer: string }): { text: string; html: string } {
  const text = [parts.greeting, '', ...parts.lines, '', `${parts.action.label}: ${parts.action.url}`, '', parts.footer].join('\n');
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:system-ui,sans-serif;color:#1a1a1a;line-height:1.5">
<p>${escapeHtml(parts.greeting)}</p>
${parts.lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n')}
<p><a href="${escapeHtml(parts.action.url)}" style="display:inline-block;background:#0b5d57;color:#ffffff;padding:10px 16px;border-radius:6px;text-decoration:none">${escapeHtml(parts.action.label)}</a></p>
<p style="color:#555;font-size:14px">${escapeHtml(parts.footer)}</p>
</body></html>`;
  return { text, html };
}

export function magicLinkMail(locale: Locale, name: string, url: string): RenderedMail {
  if (locale === 'en') {
    return {
      subject: 'Your sign-in link for Groeiwijzer',
      ...layout(locale, {
        greeting: `Hello ${name},`,
        lines: ['You asked for a link to sign in to Groeiwijzer. The link works once and for 15 minutes.'],
        action: { label: 'Sign in', url },
        footer: 'Did you not ask for this? Then you can ignore this e-mail.',
      }),
    };
  }
  return {
    subject: 'Je inloglink voor Groeiwijzer',
    ...layout(locale, {
      greeting: `Hallo ${name},`,
      lines: ['Je vroeg om een link om in te loggen bij Groeiwijzer. De link werkt één keer en 15 minuten lang.'],
      action: { label: 'Inloggen', url },
      footer: 'Heb je hier niet om gevraagd? Dan kun je deze e-mail negeren.',
    }),
  };
}
