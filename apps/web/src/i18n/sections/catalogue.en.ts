import type { Widen } from '../catalogue';
import type { catalogueNl } from './catalogue.nl';

/** English strings of the catalogue feature; same keys as the Dutch source. */
export const catalogueEn: Widen<typeof catalogueNl> = {
  title: '',
};
