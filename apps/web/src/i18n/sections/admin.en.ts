import type { Widen } from '../catalogue';
import type { adminNl } from './admin.nl';

/** English strings of the admin feature; same keys as the Dutch source. */
export const adminEn: Widen<typeof adminNl> = {
  title: '',
};
