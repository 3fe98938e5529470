import { type ReminderKind } from '../notifications/kinds';

/** Mails in Dutch: a greeting, why it matters, one clear action (see `mail/templates.ts`).
 * `{name}` placeholders are filled by the mail's builder. Mails to people whose language we do not
 * know (staff, invitees) put the Dutch half first and the English half of `mail.en.ts` below. */
export const mailNl = {
  greeting: 'Hallo {name},',
  greetingAnonymous: 'Hallo,',
  footers: {
    owner: 'Je krijgt dit omdat je eigenaar bent van dit bedrijf in Groeiwijzer.',
    scans: 'Je krijgt deze mail omdat je scans doet in Groeiwijzer.',
    publisher: 'Je krijgt dit omdat je redacteur bent van deze uitgever in Groeiwijzer.',
  },
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
  },
  reportWithheld: {
    subject: 'Je scan is gesloten: {title}',
    lines: [
      'De scan is gesloten, maar er deden te weinig mensen mee om uitkomsten te tonen zonder dat je kunt zien wie wat zei.',
      'Je kunt een nieuwe ronde starten en meer collega’s uitnodigen.',
    ],
    action: 'Naar de scan',
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
  followUp: {
    calendarSummary: 'Vervolggesprek leerscan {organisation}',
    calendarDescription: 'Bespreek de uitkomsten van "{title}" met het team.',
    planned: {
      subject: 'Vervolggesprek gepland: {at}',
      lines: [
        'Het vervolggesprek over "{title}" staat op {at}{where}. Het agendabestand zit bij deze mail.',
        'Waarom het telt: samen praten over wat goed gaat en wat beter kan, is waar leren begint. Het rapport geeft een voorstel voor de agenda.',
      ],
      action: 'Rapport en agenda openen',
    },
    where: ' in {location}',
    reminder: {
      subject: 'Morgen: vervolggesprek over "{title}"',
      lines: [
        'Morgen ({at}) bespreek je de uitkomsten van de scan met je team.',
        'Waarom het telt: samen praten over wat goed gaat en wat beter kan, is waar leren begint. Het rapport geeft een voorstel voor de agenda.',
      ],
      action: 'Rapport en agenda openen',
    },
    cancelled: {
      subject: 'Vervolggesprek gaat niet door: {at}',
      lines: [
        'Het vervolggesprek over "{title}" van {at} gaat niet door. Met het agendabestand bij deze mail haal je het uit je agenda.',
        'Waarom het telt: de uitkomsten zijn een gesprek waard. Plan een nieuw moment als het past.',
      ],
      action: 'Rapport openen',
    },
  },
  rescan: {
    subject: '{months} maanden later: is het leren bij {organisation} vooruitgegaan?',
    lines: [
      '{months} maanden geleden vulde je team de leerscan in.{weakSpot}',
      'Waarom het telt: een nieuwe ronde laat zien of waar jullie aan werkten verschil maakt, en wat de volgende stap is.',
    ],
    weakSpot: ' Het zwakke punt was toen "{aspect}".',
    action: 'Nieuwe scan starten',
  },
  staleItems: {
    subject: '{n} item(s) van {publisher} al een jaar niet gecontroleerd',
    intro: 'Deze items van {publisher} zijn al 12 maanden niet gecontroleerd:',
    more: '… en nog {n}',
    why: 'Waarom het telt: ondernemers plannen met wat ze hier lezen. Klopt het nog? Eén klik op "Nog juist" is genoeg; anders pas je het aan of archiveer je het.',
    action: 'Items nakijken',
  },
  demandDigest: {
    subject: 'Vraag van deze week voor {publisher}: {n} zoekvragen zonder aanbod',
    searches: "Vorige week is er {n} keer in de catalogus gezocht in jullie regio's.",
    top: 'Het meest gezocht:',
    unmet: 'Gezocht zonder iets te vinden — ruimte voor aanbod:',
    allFound: 'Elke zoekvraag vond iets. Goed zo.',
    shortage: 'In {region} vonden {n} bedrijven geen coach met plek.',
    shortageFew: 'Coaches in {region} zijn vol.',
    funnel: 'Jullie aanbod deze maand tot nu toe: {views} keer bekeken, {clicks} klikken naar contact of website, {planAdds} keer in een ontwikkelplan gezet, {referrals} aanvragen voor een coach.',
    funnelTop: 'Het meest bekeken: {title}.',
    gaps: "Grootste tekorten in jullie regio's:",
    gap: '• {region}, {aspect}: {n} bedrijven zwak, {offers}',
    gapNoOffer: 'geen aanbod',
    gapOneOffer: '1 passend aanbod',
    gapOffers: '{n} passende aanbiedingen',
    pooling: '{n} gezamenlijke vraag/vragen zonder aanbod: elk van minstens 5 bedrijven, wachtend op een groepsaanbod.',
    why: 'Waarom het telt: aanbod dat op deze vragen antwoordt, bereikt ondernemers die nu zoeken.',
    action: 'Aanbod toevoegen of verbeteren',
    footer: 'Zoekvragen worden geteld zonder te weten wie zocht.',
  },
  plan: {
    dueSummary: 'Deadline: {title}',
    dueDescription: 'Een stap uit het ontwikkelplan van {organisation}{responsible}. {url}',
    responsible: ' (verantwoordelijk: {name})',
    closingSummary: 'Aanvragen sluit: {scheme}',
    closingDescription: 'Aanvragen kan tot het eind van deze dag. De stap "{title}" uit het ontwikkelplan van {organisation} hangt ervan af. {url}',
    action: 'Ontwikkelplan openen',
    due: {
      subject: 'Morgen: deadline van "{title}"',
      lines: [
        'Morgen ({day}) is de deadline van "{title}" in het ontwikkelplan van {organisation}.{responsible}',
        'Waarom het telt: kleine stappen die af komen, laten het leren op het werk groeien. Is het klaar? Zet de stap op "Klaar"; de volgende scan laat zien of het hielp.',
      ],
      responsible: ' Verantwoordelijk: {name}.',
    },
    opens: {
      subject: 'Vanaf vandaag open: {scheme}',
      lines: [
        '"{scheme}", bij de stap "{title}" uit het ontwikkelplan van {organisation}, is vanaf vandaag open voor aanvragen, tot en met {closes}.',
        'Waarom het telt: bij regelingen is het geld vaak op voordat ze sluiten. In het agendabestand bij deze mail staat het moment waarop aanvragen sluit.',
      ],
    },
    closes: {
      subject: '{scheme} sluit {inDays} ({closesDay})',
      lines: [
        'Aanvragen voor "{scheme}", bij de stap "{title}" uit het ontwikkelplan van {organisation}, sluit {inDays}: aan het eind van {closes}.',
        'Waarom het telt: daarna kan de volgende kans maanden weg zijn. In het agendabestand bij deze mail staat het moment waarop aanvragen sluit.',
      ],
      today: 'vandaag',
      tomorrow: 'morgen',
      inDays: 'over {n} dagen',
    },
  },
  referrals: {
    share: {
      none: 'niets uit de scan',
      summary: 'de samenvatting van de scan (gemiddelden, sterke punten, aandachtspunten)',
      report: 'het hele scanrapport',
    },
    reasons: {
      no_capacity: 'de coach heeft nu geen tijd',
      not_my_expertise: 'dit past niet bij wat de coach doet',
      outside_region: 'jullie zitten buiten de regio van de coach',
      other: 'een andere reden',
    },
    coachFooter: 'Je krijgt dit omdat dit adres het contactadres is van je coachprofiel in Groeiwijzer.',
    ownerFooter: 'Je krijgt dit omdat je via Groeiwijzer een coach om hulp vroeg.',
    request: {
      subject: 'Hulpvraag van {organisation}',
      subjectReminder: 'Herinnering: {organisation} wacht op je antwoord',
      opening: '{organisation} vraagt je om hulp via Groeiwijzer.',
      openingReminder: '{organisation} wacht nog op je antwoord op hun hulpvraag.',
      facts: '{sector}, {region}, {employees} medewerkers.{aspect} Ze delen {share} met je.',
      aspect: ' Hun vraag gaat over: {aspect}.',
      answerBy: 'Neem de vraag aan of wijs haar af vóór het einde van {by}. Daarna vervalt de vraag en kan het bedrijf een andere coach vragen.',
      signIn: 'Log in met dit e-mailadres om hun bericht te lezen (maak er een account mee als je dat nog niet hebt).',
      action: 'Hulpvraag bekijken',
    },
    withdrawn: {
      subject: 'Hulpvraag ingetrokken: {organisation}',
      lines: ['{organisation} heeft hun hulpvraag ingetrokken. Je hoeft niets meer te doen.', 'Je plek komt weer vrij voor een ander bedrijf.'],
      action: 'Naar je aanvragen',
    },
    requested: {
      subject: 'Je hulpvraag is verstuurd naar {coach}',
      lines: [
        '{coach} heeft je hulpvraag gekregen en antwoordt uiterlijk {by}.',
        'Je deelt {share}. Dat kun je op elk moment intrekken.',
        'Komt er geen antwoord, dan stuur je de vraag met één klik naar een andere coach.',
      ],
      action: 'Je aanvraag bekijken',
    },
    accepted: {
      subject: '{coach} helpt jullie graag',
      lines: ['{coach} heeft je hulpvraag aangenomen en neemt contact met je op.'],
      contact: 'Zelf contact opnemen kan ook: {email}.',
      action: 'Je aanvraag bekijken',
    },
    declined: {
      subject: '{coach} kan jullie nu niet helpen',
      lines: ['{coach} heeft je hulpvraag afgewezen: {reason}.'],
      note: 'De coach schrijft: "{note}"',
      action: 'Naar een andere coach sturen',
    },
    completed: {
      subject: 'Hoe was de hulp van {coach}?',
      lines: ['{coach} heeft de begeleiding afgerond.', 'Geef een cijfer van 1 tot 5. Zo vinden andere bedrijven sneller een coach die bij hen past.'],
      action: 'Feedback geven',
    },
    lapsed: {
      subject: 'Geen antwoord van {coach}: stuur je vraag door',
      lines: ['{coach} heeft binnen 10 werkdagen niet geantwoord. Je vraag is daarom vervallen.'],
      action: 'Naar een andere coach sturen',
    },
    forwardOneClick: 'Met één klik gaat je vraag, zonder opnieuw te typen, naar de volgende coach die bij jullie past.',
  },
  groupOffer: {
    subject: 'Nieuw in {region}: aanbod voor waar {organisation} aan wil werken',
    lines: [
      'Uit de scan van {organisation} kwam een zwak punt: {aspects}. Andere bedrijven in {region} hadden dezelfde vraag, en er was nog geen aanbod voor.',
      'Nu wel: "{title}" ({kind}) van {publisher}.',
      'Bekijk het en zet het in je ontwikkelplan als het bij je past.',
    ],
    kinds: { scheme: 'regeling', training: 'opleiding', coach: 'coach' },
    action: 'Bekijk het aanbod',
    footer: 'Je krijgt dit omdat bij {organisation} is aangezet dat je een e-mail wilt bij een gezamenlijk aanbod. Uitzetten kan bij de gegevens van je bedrijf.',
  },
  unsubscribe: {
    kinds: {
      all: 'alle herinneringen van Groeiwijzer',
      scan: 'herinneringen over de scan',
      schemes: 'herinneringen over regelingen',
      plan: 'herinneringen over je ontwikkelplan',
      referrals: 'herinneringen over aanvragen bij coaches',
      rescan: 'uitnodigingen voor een nieuwe scan',
      publisher: 'berichten voor aanbieders',
      offers: 'berichten over nieuw gezamenlijk aanbod',
    } satisfies Record<ReminderKind | 'all', string>,
    title: 'Afmelden',
    ask: 'Wil je geen {kind} meer krijgen?',
    button: 'Ja, meld mij af',
    doneTitle: 'Afgemeld',
    done: 'Je bent afgemeld voor {kind}. Je kunt dit altijd weer aanzetten bij je instellingen:',
    settings: 'Meldingen instellen',
  },
};
