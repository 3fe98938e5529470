import { type Locale } from '@groeiwijzer/domain';

/** Every text the API sends to people, in Dutch (first) and English. */
const MESSAGES = {
  validation_failed: { nl: 'Niet alle velden zijn goed ingevuld.', en: 'Some fields are not filled in correctly.' },
  invalid_json: { nl: 'De gegevens zijn geen geldige JSON.', en: 'The request body is not valid JSON.' },
  unauthenticated: { nl: 'Log eerst in.', en: 'Please sign in first.' },
  forbidden: { nl: 'Dit mag je niet doen.', en: 'You are not allowed to do this.' },
  not_found: { nl: 'Dit bestaat niet, of je hebt er geen toegang toe.', en: 'This does not exist, or you have no access to it.' },
  cross_origin: { nl: 'Dit verzoek komt van een andere website en is geweigerd.', en: 'This request comes from another website and was refused.' },
  invalid_credentials: { nl: 'Het e-mailadres of wachtwoord klopt niet.', en: 'The e-mail address or password is not correct.' },
  too_many_attempts: {
    nl: 'Te veel pogingen. Probeer het over {minutes} minuten opnieuw.',
    en: 'Too many attempts. Please try again in {minutes} minutes.',
  },
  email_taken: { nl: 'Er is al een account met dit e-mailadres.', en: 'There is already an account with this e-mail address.' },
  invalid_token: { nl: 'Deze link is verlopen of al gebruikt. Vraag een nieuwe aan.', en: 'This link has expired or was already used. Please ask for a new one.' },
  payload_too_large: { nl: 'Het verzoek is te groot.', en: 'The request is too large.' },
  internal: { nl: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.', en: 'Something went wrong on our side. Please try again later.' },
  bad_request: { nl: 'Dit verzoek klopt niet.', en: 'This request is not valid.' },
  conflict: { nl: 'Dit botst met bestaande gegevens.', en: 'This conflicts with existing data.' },
  // Field problems (validation).
  field_required: { nl: 'is verplicht', en: 'is required' },
  field_unknown: { nl: 'is geen bekend veld', en: 'is not a known field' },
  field_email: { nl: 'is geen geldig e-mailadres', en: 'is not a valid e-mail address' },
  field_string: { nl: 'moet tekst zijn', en: 'must be text' },
  field_min_length: { nl: 'moet minstens {n} tekens hebben', en: 'must be at least {n} characters long' },
  field_max_length: { nl: 'mag hoogstens {n} tekens hebben', en: 'must be at most {n} characters long' },
  field_int: { nl: 'moet een heel getal zijn', en: 'must be a whole number' },
  field_min: { nl: 'moet minstens {n} zijn', en: 'must be at least {n}' },
  field_max: { nl: 'mag hoogstens {n} zijn', en: 'must be at most {n}' },
  field_choice: { nl: 'is geen geldige keuze', en: 'is not a valid choice' },
  field_region: { nl: 'is geen bekende arbeidsmarktregio', en: 'is not a known labour-market region' },
  field_sector: { nl: 'is geen SBI-sectieletter (A tot en met U)', en: 'is not an SBI section letter (A to U)' },
  field_kvk: { nl: 'moet uit 8 cijfers bestaan', en: 'must be 8 digits' },
  field_url: { nl: 'is geen geldig webadres', en: 'is not a valid web address' },
  field_array: { nl: 'moet een lijst zijn', en: 'must be a list' },
  field_invalid: { nl: 'is niet geldig', en: 'is not valid' },
  field_email_taken: { nl: 'is al in gebruik', en: 'is already in use' },
  field_future: { nl: 'moet in de toekomst liggen (en binnen een jaar)', en: 'must be in the future (and within a year)' },
  field_date: { nl: 'is geen geldige datum', en: 'is not a valid date' },
  field_answer_unknown: { nl: 'is geen vraag van deze vragenlijst', en: 'is not a statement of this questionnaire' },
  field_answer_value: { nl: 'moet 1 tot en met 5 zijn, of "weet ik niet"', en: 'must be 1 to 5, or "don\'t know"' },
  field_answers_empty: { nl: 'geef minstens één antwoord', en: 'give at least one answer' },
  field_group: { nl: 'is geen groep van deze scan', en: 'is not a group of this scan' },
  field_groups_unique: { nl: 'mogen niet dubbel voorkomen', en: 'must not repeat' },
  already_answered: { nl: 'Deze persoonlijke link is al gebruikt. Je antwoorden zijn binnen. Dank je wel!', en: 'This personal link has already been used. Your answers are in. Thank you!' },
  round_closed: { nl: 'Deze scan is gesloten. Je kunt niet meer antwoorden. Dank je wel voor je moeite.', en: 'This scan is closed. You can no longer answer. Thank you for your trouble.' },
  report_withheld: { nl: 'Het rapport is er nog niet: de scan is nog open of er zijn te weinig antwoorden.', en: 'The report is not available: the scan is still open or there are too few answers.' },
  round_closed_owner: { nl: 'Deze scan is al gesloten.', en: 'This scan is already closed.' },
} as const satisfies Record<string, Record<Locale, string>>;

export type MessageKey = keyof typeof MESSAGES;

export function message(key: MessageKey, locale: Locale, vars: Record<string, string | number> = {}): string {
  return MESSAGES[key][locale].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}
