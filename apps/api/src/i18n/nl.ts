import { type Widen } from './catalogue';
import { errorsNl } from './errors.nl';
import { mailNl } from './mail.nl';
import { pdfNl } from './pdf.nl';

/** Dutch, the first language: every text the API says (errors, mails, the report PDF). The English catalogue has the same keys. */
export const nl = { errors: errorsNl, mail: mailNl, pdf: pdfNl };

export type Texts = Widen<typeof nl>;
