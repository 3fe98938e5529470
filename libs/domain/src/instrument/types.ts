import { type AspectKey } from '../aspects';

/** A text in both languages of the platform. */
export interface LocalisedText {
  nl: string;
  en: string;
}

/** One statement of the scan. Agreeing is always favourable. */
export interface InstrumentItem {
  /** Stable, readable id: two letters for the aspect and a number, e.g. `wc1`. Never reused. */
  id: string;
  aspect: AspectKey;
  /** The statement as employees see it. */
  text: { nl: string; en: string };
  /** The owner's wording for the self-assessment, where the employee wording does not fit the
   * owner ("mijn leidinggevende …" becomes "Ik … mijn medewerkers"). Otherwise the owner sees `text`. */
  ownerText?: { nl: string; en: string };
}

export interface Instrument {
  version: number;
  items: InstrumentItem[];
  scale: {
    min: 1;
    max: 5;
    /** Five labels per language, from 1 (strongly disagree) to 5 (strongly agree). */
    labels: { nl: string[]; en: string[] };
    /** The separate "don't know / not applicable" option, stored as `null`. */
    dontKnow: { nl: string; en: string };
  };
}

/** Plain words for the report and the follow-up session (vervolgsessie), per aspect. */
export interface AspectGuidance {
  /** One line: what it means when this aspect is a strength. */
  strength: { nl: string; en: string };
  /** One line: what it means when this aspect is a weak spot. */
  weakSpot: { nl: string; en: string };
  /** 2–3 discussion questions for the agenda of the follow-up session. */
  questions: { nl: string[]; en: string[] };
}
