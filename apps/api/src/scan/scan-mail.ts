import { icsEvent } from '../mail/ics';
import { type MailAttachment } from '../mail/outbox.service';
import { escapeHtml, type RenderedMail } from '../mail/templates';
import { formatMoment } from '../common/time';

/** The invitation goes to staff whose language we do not know: Dutch first, English below. */
/** "12 maart 2027" / "12 March 2027", the closing day in the Netherlands. */
const closingDay = (closesAt: Date, locale: 'nl' | 'en') => formatMoment(closesAt, locale, 'long');

/** The invitation: Dutch first, English below (the employee's language is unknown), each half
 * with its own date words. */
export function invitationMail(organisation: string, roundTitle: string, closesAt: Date, url: string): RenderedMail {
  const nl = [
    `Hallo,`,
    `${organisation} wil weten hoe het leren op het werk gaat. Daarom vragen we jou om een korte vragenlijst in te vullen: "${roundTitle}".`,
    `Het duurt minder dan 10 minuten en kan op je telefoon. Je antwoorden zijn anoniem: niemand ziet wat jij hebt ingevuld. De uitkomsten zijn pas te zien als genoeg collega's hebben meegedaan.`,
    `Je kunt meedoen tot en met ${closingDay(closesAt, 'nl')}. Deze link is alleen voor jou en werkt één keer.`,
  ];
  const en = [
    `Hello,`,
    `${organisation} wants to know how learning at work is going, and asks you to fill in a short questionnaire: "${roundTitle}".`,
    `It takes less than 10 minutes and works on your phone. Your answers are anonymous: nobody sees what you filled in. Results only show once enough colleagues have taken part.`,
    `You can take part until ${closingDay(closesAt, 'en')}. This link is only for you and works once.`,
  ];
  const text = [...nl, '', `Vragenlijst invullen: ${url}`, '', '—', '', ...en, '', `Fill in the questionnaire: ${url}`].join('\n');
  const button = (label: string) =>
    `<p><a href="${escapeHtml(url)}" style="display:inline-block;background:#0b5d57;color:#ffffff;padding:10px 16px;border-radius:6px;text-decoration:none">${escapeHtml(label)}</a></p>`;
  const html = `<!doctype html><html lang="nl"><body style="font-family:system-ui,sans-serif;color:#1a1a1a;line-height:1.5">
${nl.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n')}
${button('Vragenlijst invullen')}
<hr>
<div lang="en">${en.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n')}
${button('Fill in the questionnaire')}</div>
</body></html>`;
  return { subject: `Doe mee: korte vragenlijst van ${organisation} / Short questionnaire`, text, html };
}

/** The closing moment as a calendar entry, so staff can put the deadline in their agenda. */
export function closingCalendarFile(roundId: string, organisation: string, roundTitle: string, closesAt: Date, url: string): MailAttachment {
  return {
    filename: 'vragenlijst-sluit.ics',
    contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
    content: icsEvent({
      uid: `scan-round-${roundId}@groeiwijzer`,
      start: new Date(closesAt.getTime() - 30 * 60_000),
      end: closesAt,
      summary: `Vragenlijst ${organisation} sluit / questionnaire closes`,
      description: `"${roundTitle}": meedoen kan tot dit moment. ${url}`,
      url,
    }),
  };
}
