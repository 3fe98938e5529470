/** Dutch strings of the settings feature (source). */
export const settingsNl = {
  headerLink: 'Meldingen',
  notifications: {
    title: 'Meldingen per e-mail',
    intro: 'Kies over welke onderwerpen Groeiwijzer je herinneringen mag sturen. Een wijziging slaan we meteen op.',
    legend: 'Herinneringen die je wilt krijgen',
    kinds: {
      scan: {
        label: 'Herinneringen over de scan',
        hint: 'Als je een vragenlijst nog niet hebt ingevuld, als een rapport klaar is, en de dag voor het vervolggesprek.',
      },
      rescan: {
        label: 'Uitnodigingen voor een nieuwe scan',
        hint: 'Een half jaar en een jaar na een scan. Zo zie je of het leren in je bedrijf vooruitgaat.',
      },
      schemes: {
        label: 'Herinneringen over regelingen',
        hint: 'Als je een subsidie of regeling kunt aanvragen en de termijn bijna voorbij is.',
      },
      plan: {
        label: 'Herinneringen over je ontwikkelplan',
        hint: 'Als er een stap uit het plan van je bedrijf aankomt.',
      },
      referrals: {
        label: 'Herinneringen over aanvragen bij coaches',
        hint: 'Als een aanvraag bij een coach nog op antwoord wacht.',
      },
      publisher: {
        label: 'Berichten voor uitgevers',
        hint: 'Als je aanbod een jaar niet is gecontroleerd, en elke week wat bedrijven in je regio zoeken.',
      },
      offers: {
        label: 'Nieuw aanbod voor een gezamenlijke vraag',
        hint: 'Als er aanbod komt voor een zwak punt dat je bedrijf met andere bedrijven in de regio deelt. Alleen als je dat bij je bedrijf hebt aangezet.',
      },
    },
    rules:
      'Je krijgt hoogstens één e-mail met herinneringen per dag. We sturen ze nooit tussen 21:00 en 07:00 uur. E-mails om in te loggen en afspraken die iemand voor je plant, krijg je altijd.',
    saved: 'Opgeslagen.',
    failed: 'Opslaan is niet gelukt. De instelling staat weer zoals hij was. Probeer het later nog eens.',
  },
} as const;
