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
import { scansNl } from './sections/scans.nl';
import { reportNl } from './sections/report.nl';

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
      groupOfferMail: 'Mail mij als er aanbod komt voor een zwak punt dat we met andere bedrijven in de regio delen',
      groupOfferMailHint: 'Als minstens vijf bedrijven in je regio hetzelfde zwakke punt hebben en er nog geen aanbod voor is, kan een aanbieder samen iets opzetten. Je krijgt dan één e-mail. Niemand ziet welk bedrijf dit aanzet.',
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
  scans: scansNl,
  report: reportNl,
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
