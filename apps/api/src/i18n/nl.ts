import { type Widen } from './catalogue';
import { errorsNl } from './errors.nl';
import { mailNl } from './mail.nl';

/** Dutch, the first language: every text the API says. The English catalogue has the same keys. */
export const nl = { errors: errorsNl, mail: mailNl };

export type Texts = Widen<typeof nl>;
