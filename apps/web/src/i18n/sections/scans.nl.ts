/** Dutch strings of the scan rounds (source). */
export const scansNl = {
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
} as const;
