import { errorsEn } from './errors.en';
import { mailEn } from './mail.en';
import { pdfEn } from './pdf.en';
import { type Texts } from './nl';

/** English, the second language: typed against the Dutch catalogue (a missing or extra key does not compile). */
export const en: Texts = { errors: errorsEn, mail: mailEn, pdf: pdfEn };
