/** Texts of the sign-in throttle, the password policy and the input guards, in Dutch (first) and
 * English. Kept apart from messages.ts so that features growing in parallel do not edit the same
 * lines; messages.ts spreads them into the one catalogue. */
export const SECURITY_MESSAGES = {
  too_many_attempts_seconds: {
    nl: 'Te veel mislukte pogingen. Probeer het over {n} seconden opnieuw, of vraag een inloglink per e-mail aan: daarmee kun je altijd meteen inloggen.',
    en: 'Too many failed attempts. Try again in {n} seconds, or ask for a sign-in link by e-mail: with it you can always sign in at once.',
  },
  too_many_attempts_minutes: {
    nl: 'Te veel mislukte pogingen. Probeer het over {n} minuten opnieuw, of vraag een inloglink per e-mail aan: daarmee kun je altijd meteen inloggen.',
    en: 'Too many failed attempts. Try again in {n} minutes, or ask for a sign-in link by e-mail: with it you can always sign in at once.',
  },
  token_needs_session: {
    nl: 'Een API-token kan geen nieuwe tokens maken. Log in op de website en maak het token daar aan.',
    en: 'An API token cannot create new tokens. Sign in on the website and create the token there.',
  },
  body_null: { nl: 'Stuur een JSON-object met velden, geen null, getal of losse tekst.', en: 'Send a JSON object with fields, not null, a number or a bare string.' },
  unsupported_media_type: { nl: 'Dit soort gegevens (Content-Type) neemt deze route niet aan; stuur JSON.', en: 'This route does not take this kind of data (Content-Type); send JSON.' },
  json_too_deep: { nl: 'De gegevens zijn te diep genest.', en: 'The request body is nested too deeply.' },
  field_nul: { nl: 'mag geen NUL-teken (\\u0000) bevatten', en: 'must not contain a NUL character (\\u0000)' },
  field_unpaired_surrogate: { nl: 'bevat een ongeldig teken (een losse UTF-16-surrogaat)', en: 'contains an invalid character (an unpaired UTF-16 surrogate)' },
  field_regions_required: { nl: 'kies minstens één regio', en: 'choose at least one region' },
  field_regions_not_publisher: {
    nl: 'mag alleen regio\'s van deze uitgever bevatten ({allowed}); niet: {value}',
    en: 'may only hold this publisher\'s regions ({allowed}); not: {value}',
  },
  field_password_common: {
    nl: 'staat op de lijst van veelgebruikte of uitgelekte wachtwoorden. Kies een zin van drie of vier ongewone woorden, bijvoorbeeld "fietsbel appeltaart regenjas".',
    en: 'is on the list of common or leaked passwords. Choose a phrase of three or four uncommon words, for example "bicycle bell apple pie raincoat".',
  },
  field_password_personal: {
    nl: 'lijkt op je naam, je e-mailadres of Groeiwijzer. Kies iets dat niemand met jou in verband brengt.',
    en: 'resembles your name, your e-mail address or Groeiwijzer. Choose something nobody links to you.',
  },
  field_password_pattern: {
    nl: 'is een voorspelbaar patroon (toetsenbordrij, herhaling, reeks of jaartal). Kies een zin van drie of vier ongewone woorden.',
    en: 'is a predictable pattern (keyboard row, repetition, sequence or year). Choose a phrase of three or four uncommon words.',
  },
  field_password_weak: {
    nl: 'is te makkelijk te raden. Maak het langer met een paar ongewone woorden, bijvoorbeeld "fietsbel appeltaart regenjas".',
    en: 'is too easy to guess. Make it longer with a few uncommon words, for example "bicycle bell apple pie raincoat".',
  },
} as const;
