/** Mails in Dutch: a greeting, why it matters, one clear action (see `mail/templates.ts`).
 * `{name}` placeholders are filled by the mail's builder. Mails to people whose language we do not
 * know (staff, invitees) put the Dutch half first and the English half of `mail.en.ts` below. */
export const mailNl = {
  greeting: 'Hallo {name},',
  greetingAnonymous: 'Hallo,',
  magicLink: {
    subject: 'Je inloglink voor Groeiwijzer',
    lines: ['Je vroeg om een link om in te loggen bij Groeiwijzer. De link werkt één keer en 15 minuten lang.'],
    action: 'Inloggen',
    footer: 'Heb je hier niet om gevraagd? Dan kun je deze e-mail negeren.',
  },
  scanInvitation: {
    subject: 'Doe mee: korte vragenlijst van {organisation}',
    lines: [
      '{organisation} wil weten hoe het leren op het werk gaat. Daarom vragen we jou om een korte vragenlijst in te vullen: "{title}".',
      "Het duurt minder dan 10 minuten en kan op je telefoon. Je antwoorden zijn anoniem: niemand ziet wat jij hebt ingevuld. De uitkomsten zijn pas te zien als genoeg collega's hebben meegedaan.",
      'Je kunt meedoen tot en met {closingDay}. Deze link is alleen voor jou en werkt één keer.',
    ],
    action: 'Vragenlijst invullen',
    calendarSummary: 'Vragenlijst {organisation} sluit',
    calendarDescription: '"{title}": meedoen kan tot dit moment.',
  },
  scanReminder: {
    subject: 'Herinnering: vragenlijst van {organisation}',
    subjectLast: 'Laatste kans: vragenlijst van {organisation}',
    opening: 'Een paar dagen geleden vroeg {organisation} je om een korte vragenlijst in te vullen: "{title}". Misschien is het er nog niet van gekomen.',
    openingLast: 'Morgen sluit de vragenlijst "{title}" van {organisation}. Heb je nog 10 minuten?',
    lines: [
      'Waarom het telt: hoe meer collega’s meedoen, hoe beter het bedrijf ziet wat helpt om te leren. Je antwoorden blijven anoniem.',
      'Meedoen kan tot en met {closes}. Heb je al meegedaan? Dan kun je deze mail negeren.',
    ],
    action: 'Vragenlijst invullen',
    footer: 'Deze link is alleen voor jou en werkt één keer.',
  },
  reportReady: {
    subject: 'Je scanrapport is klaar: {title}',
    lines: [
      'De scan is gesloten en het rapport is klaar. Je ziet wat goed gaat en waar het leren kan groeien.',
      'Waarom het telt: de uitkomsten bespreken met je team is de eerste stap. Het rapport geeft een voorstel voor de agenda van dat gesprek.',
    ],
    action: 'Bekijk het rapport',
    footer: 'Je krijgt deze mail omdat je scans doet in Groeiwijzer.',
  },
  reportWithheld: {
    subject: 'Je scan is gesloten: {title}',
    lines: [
      'De scan is gesloten, maar er deden te weinig mensen mee om uitkomsten te tonen zonder dat je kunt zien wie wat zei.',
      'Je kunt een nieuwe ronde starten en meer collega’s uitnodigen.',
    ],
    action: 'Naar de scan',
    footer: 'Je krijgt deze mail omdat je scans doet in Groeiwijzer.',
  },
  publisherInvitation: {
    subject: '{inviter} nodigt je uit voor {publisher}',
    lines: [
      '{inviter} nodigt je uit om redacteur te worden van {publisher} in Groeiwijzer.',
      'Als redacteur zet je regelingen, opleidingen en coaches van {publisher} in de catalogus. Ondernemers in de regio vinden ze daar.',
      'Open de link, maak een account (of log in) en accepteer de uitnodiging. De link werkt {days} dagen.',
    ],
    action: 'Uitnodiging bekijken',
    footer: 'Ken je deze persoon niet, of wil je dit niet? Dan kun je deze e-mail negeren.',
  },
  organisationErasure: {
    subject: '{organisation} wordt op {day} gewist',
    lines: [
      'Een eigenaar heeft gevraagd om {organisation} uit Groeiwijzer te wissen: de scans en rapporten, uitnodigingen, het ontwikkelplan en de hulpvragen aan coaches.',
      'Dat gebeurt op {day}. Tot die dag kun je het ongedaan maken, en eerst alles downloaden.',
    ],
    action: 'Ongedaan maken of downloaden',
    footer: 'Heeft niemand in je organisatie hierom gevraagd? Maak het dan ongedaan en verander je wachtwoord.',
  },
  accountErasure: {
    subject: 'Je Groeiwijzer-account wordt op {day} gewist',
    lines: ['Je hebt gevraagd om je account te wissen. Dat gebeurt op {day}. Tot die dag kun je inloggen en het ongedaan maken.'],
    action: 'Ongedaan maken',
    footer: 'Heb je hier niet om gevraagd? Log in, maak het ongedaan en verander je wachtwoord.',
  },
  reminders: {
    unsubscribeOne: 'Wil je deze herinneringen niet meer krijgen? Meld je af:',
    unsubscribeAll: 'Geen herinneringen meer van Groeiwijzer? Meld je af voor alle herinneringen:',
    bundleSubject: '{n} herinneringen van Groeiwijzer: {subjects}',
    bundleIntro: 'Om je inbox rustig te houden, krijg je de {n} herinneringen van vandaag in één e-mail.',
  },
};
