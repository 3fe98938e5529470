import { accountSecurityNl } from './sections/account-security.nl';
import { adminNl } from './sections/admin.nl';
import { catalogueNl } from './sections/catalogue.nl';
import { publisherNl } from './sections/publisher.nl';
import { coachNl } from './sections/coach.nl';
import { insightsNl } from './sections/insights.nl';
import { matchingNl } from './sections/matching.nl';
import { planNl } from './sections/plan.nl';
import { referralsNl } from './sections/referrals.nl';
import { settingsNl } from './sections/settings.nl';
import { privacyNl } from './sections/privacy.nl';

/** The source catalogue: Dutch first. Every user-visible string of the web app lives here;
 * `en.ts` must have exactly the same keys. Plain Dutch (B1): short sentences, everyday words. */
export const nl = {
  app: {
    name: 'Groeiwijzer',
    documentTitle: '{page} – Groeiwijzer',
    skipLink: 'Direct naar de inhoud',
  },
  nav: {
    label: 'Hoofdmenu',
    dashboard: 'Dashboard',
    signIn: 'Inloggen',
    signUp: 'Account maken',
    signOut: 'Uitloggen',
    catalogue: 'Hulp zoeken',
    publisher: 'Uitgever',
    admin: 'Beheer',
    coach: 'Coach',
    signedInAs: 'Ingelogd als {name}',
    menu: 'Menu',
    account: 'Account',
  },
  language: {
    label: 'Taal',
    nl: 'Nederlands',
    en: 'English',
  },
  footer: {
    text: 'Groeiwijzer helpt mkb-bedrijven om te blijven leren en groeien, met hulp uit de eigen regio.',
  },
  common: {
    loading: 'Bezig met laden…',
    saving: 'Bezig met opslaan…',
    sending: 'Bezig met versturen…',
    optional: '(niet verplicht)',
    cancel: 'Annuleren',
    close: 'Sluiten',
    notFilledIn: 'Niet ingevuld',
    errorPrefix: 'Fout:',
    copy: 'Kopiëren',
    copied: 'Gekopieerd.',
    copyManually: 'Kopiëren lukte niet. De tekst is geselecteerd: kopieer hem zelf.',
  },
  errors: {
    network: 'Er is geen verbinding met Groeiwijzer. Controleer je internet en probeer het opnieuw.',
    unknown: 'Er ging iets mis. Probeer het later nog eens.',
    loadFailed: 'We konden deze gegevens niet laden. Probeer het later nog eens.',
  },
  landing: {
    title: 'Werk aan een sterke leercultuur in je bedrijf',
    documentTitle: 'Leren en groeien in het mkb',
    intro:
      'Groeiwijzer is er voor mkb-bedrijven. Je ziet snel hoe het leren in je bedrijf gaat. En je vindt hulp in je eigen regio.',
    stepsTitle: 'Zo werkt het',
    step1Title: 'Doe de scan',
    step1Text:
      'Je medewerkers vullen een korte vragenlijst in. Dat kan op hun telefoon en duurt minder dan 10 minuten. De antwoorden zijn anoniem.',
    step2Title: 'Lees het rapport',
    step2Text: 'Je ziet wat goed gaat en wat beter kan. Zo weet je waar je het beste kunt beginnen.',
    step3Title: 'Vind hulp in je regio',
    step3Text:
      'Groeiwijzer laat regelingen, opleidingen en coaches zien die passen bij jouw zwakke punten. Alles uit je eigen regio, op één plek.',
    step4Title: 'Blijf in beweging',
    step4Text:
      'Je krijgt herinneringen, zodat je plan niet blijft liggen. Na een half jaar tot een jaar doe je de scan opnieuw. Dan zie je wat er beter is geworden.',
    aspectsTitle: 'De scan kijkt naar zes onderdelen',
    aspectsIntro:
      'Een goede leercultuur geeft medewerkers die meedenken en meer leren. En er gaan minder mensen weg. De scan kijkt naar:',
    privacyTitle: 'Anoniem, dus eerlijk',
    privacyText:
      'Niemand ziet wie wat heeft geantwoord. Je ziet pas uitkomsten als genoeg mensen de vragenlijst hebben ingevuld.',
    ctaText: 'Een account maken duurt maar een paar minuten. Daarna voeg je je bedrijf toe.',
    ctaStart: 'Begin met Groeiwijzer',
    ctaDashboard: 'Verder naar je organisaties',
  },
  accountSecurity: accountSecurityNl,
  auth: {
    fields: {
      name: 'Naam',
      email: 'E-mailadres',
      password: 'Wachtwoord',
      passwordHint: 'minimaal 12 tekens',
    },
    register: {
      title: 'Account maken',
      intro: 'Met een account kun je je bedrijf toevoegen en een scan starten.',
      submit: 'Account maken',
      haveAccount: 'Heb je al een account?',
      signInLink: 'Inloggen',
    },
    login: {
      title: 'Inloggen',
      intro: 'Log in met je e-mailadres en wachtwoord.',
      continueNotice: 'Log eerst in. Daarna ga je verder waar je was.',
      submit: 'Inloggen',
      noAccount: 'Nog geen account?',
      signUpLink: 'Account maken',
      magicLinkLink: 'Inloggen met een link per e-mail',
    },
    magicLink: {
      title: 'Inloggen met een link per e-mail',
      intro: 'Vul je e-mailadres in. Je krijgt dan een mail met een link. Met die link log je in zonder wachtwoord.',
      submit: 'Stuur mij een link',
      sentTitle: 'Check je mail',
      sentText:
        'Is er een account met {email}? Dan krijg je binnen een paar minuten een mail. Klik op de link in die mail om in te loggen. De link werkt maar één keer.',
      backToLogin: 'Terug naar inloggen',
    },
    verify: {
      title: 'Inloggen met je link',
      intro: 'Klik op de knop om in te loggen.',
      submit: 'Inloggen',
      missingToken: 'Deze link is niet compleet. Vraag een nieuwe link aan.',
      requestNew: 'Nieuwe link aanvragen',
    },
  },
  dashboard: {
    documentTitle: 'Dashboard',
    greeting: 'Hallo {name}',
    intro: 'Hier vind je je organisaties. Kies een organisatie om de gegevens te bekijken.',
    organisationsTitle: 'Je organisaties',
    addOrganisation: 'Organisatie toevoegen',
    emptyTitle: 'Je eerste stap: voeg je bedrijf toe',
    emptyText:
      'Vul de naam, de sector, de regio en het aantal medewerkers van je bedrijf in. Daarmee zoeken we hulp die bij je past. Daarna kun je de scan starten onder je medewerkers.',
    employeesCount: '{count} medewerkers',
    offerTitle: 'Bied je zelf hulp aan?',
    offerText: 'Werk je bij een sectortafel, een leerwerkloket of een opleider? Zet je regelingen, trainingen en coaches in de catalogus.',
    offerLink: 'Meld je aan als uitgever',
  },
  organisations: {
    fields: {
      name: 'Bedrijfsnaam',
      kvkNumber: 'KvK-nummer',
      kvkNumberHint: '8 cijfers. Dit is niet verplicht.',
      sector: 'Sector',
      sectorPlaceholder: 'Kies een sector',
      region: 'Regio',
      regionHint: 'De arbeidsmarktregio waar je bedrijf zit.',
      regionPlaceholder: 'Kies een regio',
      employees: 'Aantal medewerkers',
      employeesHint: 'Een heel getal van 1 tot en met 249.',
    },
    create: {
      title: 'Organisatie toevoegen',
      intro: 'Vertel iets over je bedrijf. Zo laten we alleen hulp zien die bij je bedrijf past.',
      submit: 'Organisatie opslaan',
      created: 'De organisatie is toegevoegd.',
    },
    edit: {
      title: '{name} bewerken',
      documentTitle: 'Organisatie bewerken',
      submit: 'Wijzigingen opslaan',
      saved: 'De wijzigingen zijn opgeslagen.',
    },
    profile: {
      detailsTitle: 'Gegevens',
      sizeClass: 'Grootte',
      edit: 'Gegevens bewerken',
      backToDashboard: 'Terug naar je organisaties',
      notFoundTitle: 'Organisatie niet gevonden',
      notFoundText: 'Deze organisatie bestaat niet, of je hebt er geen toegang toe.',
    },
  },
  scans: {
    status: {
      open: 'Open',
      closed: 'Gesloten',
    },
    list: {
      title: 'Scans',
      start: 'Nieuwe scan starten',
      empty:
        'Je hebt nog geen scan gedaan. Met een scan vragen je medewerkers anoniem hoe het leren in je bedrijf gaat. Daarna krijg je een rapport met wat goed gaat en wat beter kan.',
      closesAt: 'Sluitdatum: {date}',
      counts: 'Uitgenodigd: {invited} · Ingevuld: {responded}',
    },
    fields: {
      title: 'Naam van de scan',
      titleHint: 'Zo herken je de scan later terug. Je medewerkers zien deze naam ook.',
      closesAt: 'Sluitdatum',
      closesAtHint: 'Tot en met deze dag kunnen medewerkers de vragenlijst invullen. Twee weken is meestal genoeg.',
      minResponses: 'Minimaal aantal reacties',
      minResponsesHint:
        'Je ziet pas uitkomsten als minstens zoveel mensen de vragenlijst hebben ingevuld. Zo kan niemand terugzien wie wat heeft geantwoord. Wij raden 5 aan. Het laagste aantal is {floor}.',
      groups: 'Teams of afdelingen',
      groupsHint:
        'Eén per regel, bijvoorbeeld "Winkel" en "Bakkerij". Medewerkers kiezen zelf hun team. Uitkomsten per team zie je alleen als genoeg mensen uit dat team meedoen.',
    },
    create: {
      title: 'Nieuwe scan starten',
      intro:
        'Je medewerkers krijgen een korte vragenlijst over leren in je bedrijf. Ze vullen die anoniem in, op hun telefoon of computer. Dat duurt minder dan 10 minuten.',
      defaultTitle: 'Leercultuurscan',
      submit: 'Scan starten',
    },
    round: {
      backToOrganisation: 'Terug naar je organisatie',
      notFoundTitle: 'Scan niet gevonden',
      notFoundText: 'Deze scan bestaat niet, of je hebt er geen toegang toe.',
      notice: {
        created: 'De scan is gestart. Nodig nu je medewerkers uit.',
        closed: 'De scan is gesloten. Niemand kan nog antwoorden.',
        selfSaved: 'Je eigen inschatting is opgeslagen.',
      },
      openUntil: 'Invullen kan tot en met {date}.',
      closedOn: 'Gesloten op {date}.',
      countsTitle: 'Hoeveel mensen doen mee?',
      invited: 'Uitgenodigd per e-mail',
      responded: 'Vragenlijst ingevuld',
      minResponses: 'Nodig voor een rapport',
      countsPrivacy:
        'Je ziet alleen hoeveel mensen hebben meegedaan, nooit wie. Ook mensen die de gedeelde link of QR-code gebruiken, tellen mee.',
      stillNeeded: {
        one: 'Voor een rapport is nog minstens 1 reactie nodig.',
        other: 'Voor een rapport zijn nog minstens {count} reacties nodig.',
      },
      countsSteps:
        'Terwijl de scan open is, gaat het aantal per drie omhoog: antwoorden wachten tot er drie zijn. Zo kan niemand zien wie er net heeft meegedaan. Als de scan sluit, tellen alle antwoorden mee.',
      enoughOpen: 'Er zijn genoeg reacties voor een rapport. Je ziet het rapport als de scan gesloten is.',
      enoughClosed: 'Er zijn genoeg reacties. Het rapport staat klaar.',
      reportTitle: 'Rapport',
      reportOpen: 'Het rapport komt als de scan gesloten is en genoeg mensen hebben meegedaan.',
      reportClosed: 'Bekijk wat goed gaat, wat beter kan en een voorstel voor het gesprek met je team.',
      reportLink: 'Rapport bekijken',
    },
    share: {
      title: 'Gedeelde link en QR-code',
      intro:
        'Handig voor medewerkers zonder e-mailadres van het werk. Stuur de link in een groepsapp of hang een poster met QR-code op. Iedereen met de link kan één keer meedoen.',
      label: 'Link naar de vragenlijst',
      posterLink: 'Poster met QR-code maken',
      close: 'Link sluiten',
      open: 'Link weer openen',
      closedText:
        'De gedeelde link is gesloten. Niemand kan er nog mee meedoen. Persoonlijke links per e-mail werken wel.',
      protection:
        'Per apparaat kan iemand één keer meedoen. Er komen niet meer antwoorden binnen dan je bedrijf medewerkers heeft.',
      alertsTitle: 'Let op',
      alert: {
        burst: '{date}: veel antwoorden in korte tijd via de gedeelde link. Klopt dat? Sluit anders de link.',
        refused: '{date}: {count} antwoorden geweigerd, omdat er te veel tegelijk van één netwerk kwamen.',
      },
    },
    invite: {
      title: 'Uitnodigen per e-mail',
      intro:
        'Iedereen krijgt een eigen link die één keer werkt. Zo doet niemand twee keer mee. De antwoorden blijven anoniem: je ziet niet wie wat heeft ingevuld.',
      label: 'E-mailadressen',
      hint: 'Eén adres per regel, of gescheiden door komma’s. Je kunt ook een lijst uit je mailprogramma plakken.',
      empty: 'Vul minstens één e-mailadres in.',
      found: {
        one: '1 adres gevonden.',
        other: '{count} adressen gevonden.',
      },
      submit: 'Uitnodigingen versturen',
      resultInvited: {
        one: '1 uitnodiging verstuurd.',
        other: '{count} uitnodigingen verstuurd.',
      },
      resultDuplicates: 'Deze adressen hadden al een uitnodiging of stonden dubbel in de lijst ({count}):',
      resultInvalid: 'Deze adressen zijn niet goed geschreven. Ze kregen geen uitnodiging ({count}):',
    },
    self: {
      title: 'Je eigen inschatting',
      intro:
        'Vul dezelfde uitspraken zelf in. In het rapport zie je dan waar jouw beeld verschilt van dat van je medewerkers. Je medewerkers zien jouw antwoorden niet.',
      done: 'Je hebt je eigen inschatting ingevuld. Je kunt je antwoorden nog aanpassen.',
      start: 'Eigen inschatting invullen',
      edit: 'Eigen inschatting aanpassen',
      pageTitle: 'Je eigen inschatting',
      pageIntro:
        'Hoe kijk jij naar leren in je bedrijf? Kies bij elke uitspraak hoe eens je het ermee bent. Je medewerkers zien jouw antwoorden niet.',
      alreadyDone: 'Je hebt dit al eerder ingevuld. Je ziet je antwoorden van toen. Pas aan wat je wilt en sla opnieuw op.',
      missingTitle: {
        one: 'Er is nog 1 uitspraak zonder antwoord',
        other: 'Er zijn nog {count} uitspraken zonder antwoord',
      },
      missingOne: 'Kies een antwoord.',
      submit: 'Inschatting opslaan',
    },
    close: {
      title: 'Scan sluiten',
      intro:
        'De scan sluit vanzelf na de sluitdatum. Doet iedereen al mee? Dan kun je hem nu sluiten. Daarna kan niemand meer antwoorden en komt het rapport klaar.',
      start: 'Scan nu sluiten',
      confirm: 'Weet je het zeker? Na het sluiten kan niemand de vragenlijst meer invullen. Dit kun je niet terugdraaien.',
      yes: 'Ja, sluit de scan',
    },
    poster: {
      back: 'Terug naar de scan',
      instructions: 'Print deze pagina en hang hem op een plek waar iedereen langskomt, zoals de kantine.',
      print: 'Poster printen',
      documentTitle: 'Poster met QR-code',
      title: 'Wat vind jij van leren bij ons?',
      lead: 'Doe mee met een korte vragenlijst. Het is anoniem en duurt minder dan 10 minuten.',
      qrAlt: 'QR-code naar de vragenlijst',
      step1: 'Open de camera op je telefoon.',
      step2: 'Richt de camera op de QR-code.',
      step3: 'Tik op de link en vul de vragenlijst in.',
      facts: 'Meedoen kan tot en met {date}. Niemand ziet wat jij hebt geantwoord.',
      orVisit: 'Geen QR-code lezen? Ga dan naar:',
    },
  },
  report: {
    title: 'Rapport: {title}',
    backToRound: 'Terug naar de scan',
    aspect: 'Onderdeel',
    meta: {
      one: 'Gebaseerd op 1 ingevulde vragenlijst.',
      other: 'Gebaseerd op {count} ingevulde vragenlijsten.',
    },
    closedOn: 'Gesloten op {date}.',
    scoreLine: 'Gemiddeld {mean} · {favourable} is het (helemaal) eens',
    series: {
      employees: 'Medewerkers',
      owner: 'Jouw inschatting',
      benchmark: 'Vergelijkbare bedrijven',
    },
    actions: {
      pdf: 'Download als PDF',
    },
    share: {
      title: 'Delen met je medewerkers',
      intro:
        'Deel de uitkomsten met je team. Zij krijgen een link naar dit rapport, zonder jouw eigen inschatting. Je kunt het delen altijd weer stoppen.',
      start: 'Rapport delen met medewerkers',
      sharedText:
        'Het rapport is gedeeld. Iedereen met deze link kan het lezen, zonder jouw eigen inschatting. Bewaar de link nu: we slaan hem niet op, dus later zie je hem hier niet meer.',
      sharedNoLink:
        'Het rapport is gedeeld. Ben je de link kwijt? Maak een nieuwe link. De oude link werkt dan niet meer.',
      newLink: 'Nieuwe link maken',
      label: 'Link naar het gedeelde rapport',
      stop: 'Stoppen met delen',
    },
    withheld: {
      openTitle: 'De scan loopt nog',
      tooFewTitle: 'Te weinig reacties voor een rapport',
      respondents: {
        one: 'Tot nu toe heeft 1 persoon de vragenlijst ingevuld.',
        other: 'Tot nu toe hebben {count} mensen de vragenlijst ingevuld.',
      },
      openNeedMore: {
        one: 'De uitkomsten komen als de scan sluit. Er is dan nog minstens 1 reactie extra nodig.',
        other: 'De uitkomsten komen als de scan sluit. Er zijn dan nog minstens {count} reacties extra nodig.',
      },
      openEnough: 'Er zijn genoeg reacties. De uitkomsten komen als de scan sluit.',
      tooFewText: {
        one: 'Voor een rapport was nog minstens 1 reactie nodig. Daarom laten we geen uitkomsten zien.',
        other: 'Voor een rapport waren nog minstens {count} reacties nodig. Daarom laten we geen uitkomsten zien.',
      },
      why: 'Zo blijft anoniem wie wat heeft geantwoord.',
    },
    radar: {
      title: 'Overzicht',
      intro: 'Het spinnenweb laat de zes onderdelen zien op een schaal van 1 tot 5. Hoe verder naar buiten, hoe beter.',
      legend: 'Legenda',
      summaryStart: 'Spinnenweb van de zes onderdelen, schaal 1 tot 5.',
      tableCaption: 'Gemiddelde per onderdeel (1 tot 5)',
      number: 'Nr.',
    },
    findings: {
      title: 'Wat gaat goed en wat kan beter?',
    },
    scores: {
      title: 'Uitkomsten per onderdeel',
      intro: 'Per onderdeel zie je het gemiddelde en hoe de antwoorden verdeeld zijn. "Weet ik niet" telt niet mee.',
      legend: 'Kleuren van de antwoorden',
      mean: 'Gemiddeld {mean} van 5',
      favourable: '{share} is het (helemaal) eens',
      people: {
        one: '1 persoon',
        other: '{count} mensen',
      },
      benchmark: 'Vergelijkbare bedrijven: {mean}',
      distributionLabel: 'Verdeling van de antwoorden: {parts}',
      itemsToggle: 'Bekijk de uitspraken',
    },
    gaps: {
      title: 'Jouw beeld en dat van je medewerkers',
      intro: 'Hier verschilt jouw inschatting het meest van wat je medewerkers vinden.',
      values: 'Jij: {owner}. Medewerkers: {employees}. Verschil: {difference}.',
      ownerHigher: 'Jij bent positiever dan je medewerkers. Vraag door: wat zien zij wat jij mist?',
      ownerLower: 'Je medewerkers zijn positiever dan jij. Vraag wat volgens hen goed gaat.',
      none: 'Jouw inschatting ligt dicht bij die van je medewerkers.',
      noSelf: 'Je hebt je eigen inschatting nog niet ingevuld. Dan zie je hier waar jouw beeld verschilt.',
      noSelfLink: 'Eigen inschatting invullen',
    },
    trend: {
      title: 'Verloop sinds eerdere scans',
      intro: 'Zo zijn de onderdelen veranderd sinds je eerdere scans.',
      caption: 'Gemiddelde per onderdeel per scan (1 tot 5)',
      thisRound: 'Deze scan',
      change: 'Verschil met vorige scan',
      line: 'Verloop',
      none: 'Dit is je eerste scan met een rapport. Doe de scan over een half jaar tot een jaar opnieuw. Dan zie je hier wat er veranderd is.',
    },
    benchmark: {
      title: 'Vergelijking met andere bedrijven',
      sector: 'We vergelijken met {count} bedrijven uit dezelfde sector. Hun gemiddelde staat in het overzicht en bij elk onderdeel.',
      region: 'We vergelijken met {count} bedrijven uit dezelfde regio. Hun gemiddelde staat in het overzicht en bij elk onderdeel.',
      none: 'Er zijn nog niet genoeg vergelijkbare bedrijven om mee te vergelijken. Zodra dat kan, zie je de vergelijking hier.',
    },
    groups: {
      title: 'Per team of afdeling',
      intro:
        'Je ziet alleen teams waarin minstens {count} mensen hebben meegedaan. Teams met minder mensen laten we weg. Zo blijft iedereen anoniem.',
      caption: 'Gemiddelde per onderdeel per team (1 tot 5)',
    },
    comments: {
      title: 'Wat medewerkers schreven',
      intro: {
        one: '1 opmerking, letterlijk overgenomen.',
        other: '{count} opmerkingen, letterlijk overgenomen en in willekeurige volgorde.',
      },
      none: 'Er zijn geen opmerkingen geschreven.',
    },
    agenda: {
      title: 'Voorstel voor het gesprek met je team',
      intro:
        'Bespreek de uitkomsten samen met je medewerkers, bijvoorbeeld in een werkoverleg. Dit is een voorstel voor zo’n gesprek van ongeveer een uur.',
      openingTopic: 'Welkom en doel',
      openingTime: '5 minuten',
      openingText:
        'Vertel waarom je de scan hebt gedaan. Zeg dat de antwoorden anoniem zijn en dat niemand hoeft te vertellen wat hij of zij heeft ingevuld.',
      resultsTopic: 'De uitkomsten in het kort',
      resultsTime: '10 minuten',
      resultsText: 'Laat het overzicht zien. Vraag: wat herken je, en wat verrast je?',
      strongTopic: 'Wat goed gaat: {aspect}',
      strongTime: '10 minuten',
      weakTopic: 'Wat beter kan: {aspect}',
      weakTime: '15 minuten',
      questions: 'Vragen om te bespreken:',
      actionsTopic: 'Afspraken',
      actionsTime: '10 minuten',
      actionsText:
        'Kies samen één of twee kleine stappen. Spreek af wie wat doet en wanneer jullie erop terugkomen. Doe de scan over een half jaar tot een jaar opnieuw.',
    },
    followUp: {
      title: 'Vervolggesprek',
      intro: 'Plan een moment om de uitkomsten met je team te bespreken. Gebruik het voorstel hierboven als agenda.',
      owners: 'Iedereen die eigenaar is van het bedrijfsaccount krijgt een e-mail met de afspraak.',
      when: 'Wanneer',
      whenValue: '{date}, van {start} tot {end} uur',
      duration: 'Hoe lang',
      location: 'Waar',
      addToCalendar: 'Zet in je agenda (.ics)',
      move: 'Verplaatsen',
      cancel: 'Niet meer plannen',
      cancelConfirm: 'Weet je zeker dat het vervolggesprek niet doorgaat?',
      cancelNote: 'Alle eigenaren krijgen een e-mail dat het gesprek niet doorgaat. Daarmee verdwijnt het ook uit hun agenda.',
      cancelYes: 'Ja, niet meer plannen',
      fields: {
        when: 'Wanneer is het gesprek?',
        date: 'Datum',
        time: 'Tijd',
        timeHint: 'Nederlandse tijd, bijvoorbeeld 15:30',
        duration: 'Hoe lang duurt het?',
        location: 'Waar is het gesprek?',
        locationHint: 'Bijvoorbeeld de kantine, of een link naar een videogesprek.',
      },
      missingWhen: 'Kies een datum en een tijd.',
      submit: 'Vervolggesprek plannen',
      submitMove: 'Nieuwe tijd opslaan',
      notice: {
        planned: 'Het vervolggesprek is gepland. De e-mail met de afspraak is onderweg.',
        moved: 'Het vervolggesprek is verplaatst. Iedereen krijgt een e-mail met de nieuwe tijd.',
        cancelled: 'Het vervolggesprek staat niet meer gepland.',
      },
    },
    shared: {
      intro:
        '{organisation} deelt de uitkomsten van de scan met je. Je ziet de antwoorden van de hele groep. Niemand kan zien wat jij hebt ingevuld.',
      goneTitle: 'Dit rapport is niet (meer) gedeeld',
      goneText: 'De link werkt niet. Misschien is het delen gestopt. Vraag je werkgever om een nieuwe link.',
      withheldTitle: 'Nog geen uitkomsten',
    },
  },
  sizeClass: {
    micro: 'Microbedrijf (minder dan 10 medewerkers)',
    small: 'Klein bedrijf (10 tot en met 49 medewerkers)',
    medium: 'Middelgroot bedrijf (50 tot en met 249 medewerkers)',
  },
  catalogue: catalogueNl,
  publisher: publisherNl,
  admin: adminNl,
  settings: settingsNl,
  privacy: privacyNl,
  matching: matchingNl,
  plan: planNl,
  referrals: referralsNl,
  coach: coachNl,
  insights: insightsNl,
  notFound: {
    title: 'Pagina niet gevonden',
    text: 'Deze pagina bestaat niet (meer). Misschien is de link oud of klopt het adres niet.',
    home: 'Naar de startpagina',
  },
} as const;
