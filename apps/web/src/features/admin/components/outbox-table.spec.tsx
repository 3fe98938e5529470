import { renderToStaticMarkup } from 'react-dom/server';
import type { Locale } from '@groeiwijzer/domain';
import { LocaleProvider } from '../../../i18n';
import type { OutboxMail } from '../outbox-model';
import { OutboxTable } from './outbox-table';

const mail = (id: string, status: OutboxMail['status'], extra: Partial<OutboxMail> = {}): OutboxMail => ({
  id,
  kind: 'scan_invitation',
  category: 'transactional',
  to: `${id}@example.nl`,
  subject: `Onderwerp ${id}`,
  status,
  attempts: 0,
  nextAttemptAt: '2026-03-02T09:00:00Z',
  lastError: null,
  createdAt: '2026-03-01T09:00:00Z',
  sentAt: null,
  ...extra,
});

const mails = [
  mail('a', 'dead', { attempts: 8, lastError: '550 mailbox unavailable' }),
  mail('b', 'pending', { category: 'reminder' }),
  mail('c', 'sending'),
  mail('d', 'sent', { attempts: 1, sentAt: '2026-03-01T09:01:00Z' }),
];

function render(locale: Locale = 'nl', filter: OutboxMail['status'] | null = null, busyId: string | null = null) {
  return renderToStaticMarkup(
    <LocaleProvider initialLocale={locale}>
      <OutboxTable mails={mails} filter={filter} busyId={busyId} onResend={() => undefined} />
    </LocaleProvider>,
  );
}

describe('OutboxTable', () => {
  it('is a captioned table in a focusable, labelled region, with column and row headers', () => {
    const html = render();
    expect(html).toContain('role="region" aria-labelledby="admin-mail-caption" tabindex="0"');
    expect(html).toContain('<caption id="admin-mail-caption">De laatste 200 mails, nieuwste eerst</caption>');
    expect(html.match(/<th scope="col"/g)).toHaveLength(8);
    expect(html).toContain('<th scope="row">Onderwerp a</th>');
  });

  it('offers sending again only for failed and waiting mail, named after the mail', () => {
    const html = render();
    const names = [...html.matchAll(/aria-label="([^"]*)"/g)].map((m) => m[1]);
    expect(names).toEqual(['Opnieuw versturen: Onderwerp a aan a@example.nl', 'Opnieuw versturen: Onderwerp b aan b@example.nl']);
    expect(html.match(/>Opnieuw versturen</g)).toHaveLength(2);
  });

  it('says each status, category and attempt count in words and writes dates as Dutch dates', () => {
    const html = render();
    for (const word of ['Mislukt', 'In de wachtrij', 'Wordt verstuurd', 'Verstuurd', 'herinnering', '550 mailbox unavailable', '8 pogingen', '1 poging']) {
      expect(html).toContain(`>${word}<`);
    }
    expect(html).toMatch(/<time dateTime="2026-03-01T09:00:00Z"[^>]*>1 maart 2026<\/time>/);
  });

  it('shows when sent mail went out and when waiting mail is tried again, not for failed mail', () => {
    const rows = render().split('<tr>').slice(2);
    expect(rows[0]).not.toContain('Volgende poging');
    expect(rows[1]).toMatch(/Volgende poging<\/span><time dateTime="2026-03-02T09:00:00Z"/);
    expect(rows[3]).toMatch(/Verstuurd op<\/span><time dateTime="2026-03-01T09:01:00Z"/);
  });

  it('marks the busy button and names the filter in the caption, in English too', () => {
    const html = render('en', 'dead', 'a');
    expect(html).toContain('The latest 200 mails with status “Failed”, newest first');
    expect(html).toMatch(/<button id="admin-resend-a"[^>]*disabled=""[^>]*aria-busy="true"/);
    expect(html).not.toMatch(/<button id="admin-resend-b"[^>]*disabled/);
    expect(html).toContain('aria-label="Send again: Onderwerp b to b@example.nl"');
  });
});
