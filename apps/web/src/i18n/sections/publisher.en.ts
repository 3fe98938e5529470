import type { Widen } from '../catalogue';
import type { publisherNl } from './publisher.nl';

/** English strings of the publisher feature; same keys as the Dutch source. */
export const publisherEn: Widen<typeof publisherNl> = {
  title: '',
};
