import { type ItemInput } from '@groeiwijzer/contracts';
import { parseCsv, csvTemplate } from './csv-columns';

/** The JSON template holds the same three examples as the CSV one. */
export function jsonTemplate(): ItemInput[] {
  return parseCsv(csvTemplate()).rows.map((r) => r.input as unknown as ItemInput);
}
