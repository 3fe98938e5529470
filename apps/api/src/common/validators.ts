import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isIsoDate, isRegionKey, isSectorCode } from '@groeiwijzer/domain';

/** A labour-market region key from regions.json. */
export function IsRegionKey(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: 'isRegionKey', validator: { validate: (v) => isRegionKey(v) } }, options);
}

/** An SBI 2008 section letter A–U. */
export function IsSectorCode(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: 'isSectorCode', validator: { validate: (v) => isSectorCode(v) } }, options);
}

/** A Dutch Chamber of Commerce (KvK) number: 8 digits. */
export function IsKvkNumber(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: 'isKvkNumber', validator: { validate: (v) => typeof v === 'string' && /^\d{8}$/.test(v) } }, options);
}

/** A real calendar day written as YYYY-MM-DD (2027-02-30 is not one). */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: 'isCalendarDate', validator: { validate: (v) => isIsoDate(v) } }, options);
}

/** true or false, said as such ("moet ja of nee zijn"); class-validator's IsBoolean keeps its
 * general message where it is used already. */
export function IsYesNo(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: 'isYesNo', validator: { validate: (v) => typeof v === 'boolean' } }, options);
}
