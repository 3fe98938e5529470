/** The questionnaire's own small catalogue (Dutch source), so employees on old phones do not
 * download the whole app's texts. Plain Dutch (B1): short sentences, everyday words, "je". */
export const surveyNl = {
  app: {
    name: 'Groeiwijzer',
    documentTitle: '{page} – Groeiwijzer',
  },
  language: {
    label: 'Taal',
    nl: 'Nederlands',
    en: 'English',
  },
  common: {
    loading: 'Bezig met laden…',
    sending: 'Bezig met versturen…',
    optional: '(niet verplicht)',
    errorPrefix: 'Fout:',
    tryAgain: 'Probeer het opnieuw',
  },
  welcome: {
    eyebrow: 'Vragenlijst van {organisation}',
    intro: '{organisation} wil weten hoe het leren in het bedrijf gaat. Jouw mening helpt daarbij.',
    anonymousTitle: 'Anoniem',
    anonymousText:
      'Niemand ziet wat jij hebt geantwoord. Je werkgever ziet alleen de uitkomsten van de hele groep, en pas als genoeg mensen hebben meegedaan.',
    durationTitle: 'Duurt minder dan 10 minuten',
    durationText: 'Je krijgt {count} korte uitspraken in {steps} stappen. Bij elke uitspraak kies je hoe eens je het ermee bent.',
    closesTitle: 'Invullen kan tot en met {date}',
    closesText: 'Je kunt tussendoor stoppen. Je antwoorden blijven op dit apparaat bewaard tot je ze verstuurt.',
    start: 'Start de vragenlijst',
    resumeNotice: 'Je was al begonnen. Je antwoorden van de vorige keer zijn bewaard.',
    resume: 'Ga verder bij stap {step}',
    restart: 'Wis mijn antwoorden en begin opnieuw',
  },
  step: {
    progress: 'Stap {step} van {total}',
    progressLabel: 'Voortgang',
    intro: 'Hoe eens ben je het met deze uitspraken? Weet je het niet, of past een uitspraak niet bij jouw werk? Kies dan "{dontKnow}".',
    back: 'Vorige',
    next: 'Volgende',
    missingTitle: 'Je hebt nog niet alles ingevuld',
    missingText: 'Kies bij elke uitspraak een antwoord:',
    missingOne: 'Kies een antwoord.',
  },
  final: {
    title: 'Bijna klaar',
    intro: 'Je hebt alle uitspraken gehad. Hieronder kun je nog iets toevoegen. Dat hoeft niet.',
    groupLegend: 'In welk team of welke afdeling werk je?',
    groupHint: 'Je werkgever ziet uitkomsten per team alleen als genoeg mensen uit dat team meedoen.',
    groupNone: 'Zeg ik liever niet',
    commentLabel: 'Wil je nog iets kwijt over leren in je werk?',
    commentHint: 'Je werkgever leest dit letterlijk. Schrijf daarom geen namen op, ook niet je eigen naam.',
    submit: 'Versturen',
    submitFailed: 'Het versturen is niet gelukt. Je antwoorden zijn nog bewaard. Probeer het zo nog eens.',
  },
  thanks: {
    title: 'Bedankt voor het invullen!',
    text: 'Je antwoorden zijn anoniem opgeslagen. Je kunt deze pagina nu sluiten.',
    next: 'Als genoeg mensen hebben meegedaan, krijgt {organisation} een rapport. Daarin staat wat goed gaat en wat beter kan.',
  },
  problems: {
    notFoundTitle: 'Deze link werkt niet',
    notFoundText:
      'We kennen deze link niet. Misschien is hij niet helemaal goed overgenomen. Vraag je werkgever om de juiste link.',
    alreadyAnsweredTitle: 'Je hebt al meegedaan',
    alreadyAnsweredText:
      'Met deze persoonlijke link is de vragenlijst al ingevuld. Je kunt maar één keer meedoen. Bedankt voor je hulp!',
    closedTitle: 'De vragenlijst is gesloten',
    closedText:
      'Je kunt niet meer meedoen, want de termijn is voorbij. Jammer dat het niet meer lukt. Bedankt dat je wilde helpen!',
    linkClosedTitle: 'Deze link is gesloten',
    linkClosedText: 'Je werkgever heeft deze link gesloten. Heb je een persoonlijke link gekregen? Gebruik die dan.',
    fullTitle: 'De vragenlijst is vol',
    fullText: 'Er zijn al evenveel antwoorden als er mensen in het bedrijf werken. Bedankt dat je wilde helpen!',
    busyTitle: 'Heel druk op dit moment',
    busyText: 'Er komen nu veel antwoorden binnen vanaf dit netwerk. Je antwoorden staan nog klaar. Probeer het over tien minuten opnieuw.',
    networkTitle: 'Geen verbinding',
    networkText: 'We kunnen Groeiwijzer nu niet bereiken. Controleer je internet en probeer het opnieuw.',
    unknownTitle: 'Er ging iets mis',
    unknownText: 'Probeer het later nog eens.',
  },
} as const;
