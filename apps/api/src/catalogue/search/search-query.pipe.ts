import { type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { ASPECT_KEYS, ITEM_KINDS, isRegionKey, isSectorCode, MAX_QUERY_LENGTH, NATIONWIDE, SIZE_CLASSES } from '@groeiwijzer/domain';
import { dtoValidationPipe } from '../../common/validation';
import { MAX_PAGE, MAX_PER_PAGE, SearchQueryDto } from './search-query.dto';

/** A page number as the web app writes it: 1–9999 without a sign, a leading 0 or spaces (-1 otherwise). */
const plainInt = (v: string): number => (/^[1-9][0-9]{0,3}$/.test(v) ? Number(v) : -1);

/** The parameters that name one of a fixed list of values. */
const CHOICES: Record<'kind' | 'aspect' | 'sizeClass', readonly string[]> = { kind: ITEM_KINDS, aspect: ASPECT_KEYS, sizeClass: SIZE_CLASSES };

/** The page parameters' largest values. */
const MOST = { page: MAX_PAGE, perPage: MAX_PER_PAGE };

/** The search's parameters when every one is plainly valid by SearchQueryDto's rules, else null.
 * Written out because every search passes here and class-validator's checks took ~4% of a
 * search's CPU; it accepts only what those rules accept (search-query.pipe.spec.ts holds the
 * two side by side), and leaves every doubt (and every message) to them. */
export function quickSearchQuery(value: unknown): SearchQueryDto | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const out = new SearchQueryDto();
  for (const [key, v] of Object.entries(value)) {
    if (typeof v !== 'string') return null;
    switch (key) {
      case 'q':
        if (v.length > MAX_QUERY_LENGTH) return null;
        out.q = v;
        break;
      case 'region':
        if (v !== NATIONWIDE && !isRegionKey(v)) return null;
        out.region = v;
        break;
      case 'sector':
        if (!isSectorCode(v)) return null;
        out.sector = v;
        break;
      case 'kind':
      case 'aspect':
      case 'sizeClass':
        if (!CHOICES[key].includes(v)) return null;
        (out as unknown as Record<string, string>)[key] = v;
        break;
      case 'page':
      case 'perPage': {
        const n = plainInt(v);
        if (n < 1 || n > MOST[key]) return null;
        out[key] = n;
        break;
      }
      default:
        return null;
    }
  }
  return out;
}

/** GET /api/search's parameters: the quick path, or SearchQueryDto's rules through the same
 * validation pipe as every other route (its 400 names each field). */
export class SearchQueryPipe implements PipeTransform<unknown, Promise<SearchQueryDto>> {
  private readonly full = dtoValidationPipe(SearchQueryDto);

  async transform(value: unknown, metadata: ArgumentMetadata): Promise<SearchQueryDto> {
    return quickSearchQuery(value) ?? ((await this.full.transform(value, metadata)) as SearchQueryDto);
  }
}
