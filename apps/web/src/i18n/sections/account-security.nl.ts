/** Dutch strings of password feedback and sign-in throttling (source). */
export const accountSecurityNl = {
  passwordStrength: {
    checking: 'We kijken hoe sterk je wachtwoord is…',
    tooShort: 'Nog te kort: gebruik minimaal 12 tekens.',
    ok: 'Sterk genoeg. Dit wachtwoord is moeilijk te raden.',
    common: 'Dit wachtwoord staat op de lijst van veelgebruikte of uitgelekte wachtwoorden. Kies een zin van drie of vier ongewone woorden, bijvoorbeeld "fietsbel appeltaart regenjas".',
    personal: 'Dit lijkt op je naam, je e-mailadres of Groeiwijzer. Kies iets dat niemand met jou in verband brengt.',
    pattern: 'Dit is een voorspelbaar patroon (toetsenbordrij, herhaling, reeks of jaartal). Kies een zin van drie of vier ongewone woorden.',
    weak: 'Nog te makkelijk te raden. Maak het langer met een paar ongewone woorden.',
  },
  throttled: {
    useLink: 'Log nu meteen in met een link per e-mail',
  },
};
