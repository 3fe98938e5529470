import { layout, type RenderedMail } from '../mail/templates';
import { formatMoment } from '../common/time';

const when = (d: Date, locale: 'nl' | 'en') => formatMoment(d, locale, 'weekday');

/** To an invited employee who has not answered yet: Dutch first, English below (as the
 * invitation: we do not know the employee's language). The owner never learns who got it. */
export function scanReminderMail(organisation: string, roundTitle: string, closesAt: Date, url: string, last: boolean): RenderedMail {
  const nl = [
    last
      ? `Morgen sluit de vragenlijst "${roundTitle}" van ${organisation}. Heb je nog 10 minuten?`
      : `Een paar dagen geleden vroeg ${organisation} je om een korte vragenlijst in te vullen: "${roundTitle}". Misschien is het er nog niet van gekomen.`,
    'Waarom het telt: hoe meer collega’s meedoen, hoe beter het bedrijf ziet wat helpt om te leren. Je antwoorden blijven anoniem.',
    `Meedoen kan tot en met ${when(closesAt, 'nl')}. Heb je al meegedaan? Dan kun je deze mail negeren.`,
  ];
  const en = [
    last
      ? `Tomorrow the questionnaire "${roundTitle}" of ${organisation} closes. Do you have 10 minutes?`
      : `A few days ago ${organisation} asked you to fill in a short questionnaire: "${roundTitle}". Perhaps you have not got round to it yet.`,
    'Why it matters: the more colleagues take part, the better the company sees what helps learning. Your answers stay anonymous.',
    `You can take part until ${when(closesAt, 'en')}. Already done? Then you can ignore this e-mail.`,
  ];
  const mail = layout('nl', {
    greeting: 'Hallo,',
    lines: [...nl, '—', 'Hello,', ...en],
    action: { label: 'Vragenlijst invullen / Fill in the questionnaire', url },
    footer: 'Deze link is alleen voor jou en werkt één keer. / This link is only for you and works once.',
  });
  return {
    subject: last ? `Laatste kans: vragenlijst van ${organisation} / Last chance` : `Herinnering: vragenlijst van ${organisation} / Reminder`,
    ...mail,
  };
}

/** To the owners when a round closes: the report is ready, or withheld with too few answers. */
export function reportReadyMail(locale: 'nl' | 'en', name: string, roundTitle: string, url: string, ready: boolean): RenderedMail {
  if (locale === 'en') {
    return {
      subject: ready ? `Your scan report is ready: ${roundTitle}` : `Your scan has closed: ${roundTitle}`,
      ...layout('en', {
        greeting: `Hello ${name},`,
        lines: ready
          ? ['The scan has closed and the report is ready. It shows what goes well and where learning can grow.', 'Why it matters: talking about the results with your team is the first step. The report suggests an agenda for that conversation.']
          : ['The scan has closed, but too few people answered to show results without giving away who said what.', 'You can start a new round and invite more colleagues.'],
        action: { label: ready ? 'View the report' : 'Go to the scan', url },
        footer: 'You receive this because you run scans in Groeiwijzer.',
      }),
    };
  }
  return {
    subject: ready ? `Je scanrapport is klaar: ${roundTitle}` : `Je scan is gesloten: ${roundTitle}`,
    ...layout('nl', {
      greeting: `Hallo ${name},`,
      lines: ready
        ? ['De scan is gesloten en het rapport is klaar. Je ziet wat goed gaat en waar het leren kan groeien.', 'Waarom het telt: de uitkomsten bespreken met je team is de eerste stap. Het rapport geeft een voorstel voor de agenda van dat gesprek.']
        : ['De scan is gesloten, maar er deden te weinig mensen mee om uitkomsten te tonen zonder dat je kunt zien wie wat zei.', 'Je kunt een nieuwe ronde starten en meer collega’s uitnodigen.'],
      action: { label: ready ? 'Bekijk het rapport' : 'Naar de scan', url },
      footer: 'Je krijgt deze mail omdat je scans doet in Groeiwijzer.',
    }),
  };
}
