import { type ArgumentMetadata, ParseUUIDPipe, type Type, ValidationPipe, type ValidationError, type ValidationPipeOptions } from '@nestjs/common';
import { type MessageKey } from '../i18n';
import { AppError, ValidationFailed } from './app-error';

/** An id in a path: a malformed one is as unknown as one that does not exist (404). */
export const uuidParam = new ParseUUIDPipe({ exceptionFactory: () => AppError.notFound() });

/** class-validator constraint name → message key. Custom decorators use their own names. */
const CONSTRAINT_KEYS: Record<string, MessageKey> = {
  isDefined: 'field_required',
  arrayMinSize: 'field_list_min',
  isNotEmpty: 'field_required',
  whitelistValidation: 'field_unknown',
  isEmail: 'field_email',
  isString: 'field_string',
  minLength: 'field_min_length',
  maxLength: 'field_max_length',
  isInt: 'field_int',
  min: 'field_min',
  max: 'field_max',
  isIn: 'field_choice',
  isEnum: 'field_choice',
  isRegionKey: 'field_region',
  isSectorCode: 'field_sector',
  isKvkNumber: 'field_kvk',
  isUrl: 'field_url',
  isArray: 'field_array',
  arrayMaxSize: 'field_list_max',
  isYesNo: 'field_boolean',
  isCalendarDate: 'field_date',
  isQueryBoolean: 'field_boolean',
};

/** The order in which a field's problems are worth telling: missing before malformed. */
const PRIORITY = ['whitelistValidation', 'isDefined', 'isNotEmpty', 'isString', 'isInt'];

export function flattenValidationErrors(errors: ValidationError[], parent = '') {
  const problems: { field: string; key: MessageKey; vars: Record<string, string | number> }[] = [];
  for (const error of errors) {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const constraints = error.constraints ?? {};
    const names = Object.keys(constraints).sort(
      (a, b) => (PRIORITY.indexOf(a) + 1 || 99) - (PRIORITY.indexOf(b) + 1 || 99),
    );
    if (names.length) {
      const name = names[0];
      const n = /(\d+)/.exec(constraints[name])?.[1];
      problems.push({ field, key: CONSTRAINT_KEYS[name] ?? 'field_invalid', vars: n ? { n: Number(n) } : {} });
    }
    if (error.children?.length) problems.push(...flattenValidationErrors(error.children, field));
  }
  return problems;
}

const options = (): ValidationPipeOptions => ({
  whitelist: true,
  forbidNonWhitelisted: true,
  transform: true,
  stopAtFirstError: false,
  exceptionFactory: (errors) => new ValidationFailed(flattenValidationErrors(errors)),
});

/** Marks a parameter class that a pipe of its own checks (with `dtoValidationPipe` for anything
 * it does not accept at a glance): the global pipe leaves it alone. See SearchQueryPipe. */
export const OWN_PIPE = Symbol('checked by a pipe of its own');

class GlobalValidationPipe extends ValidationPipe {
  protected override toValidate(metadata: ArgumentMetadata): boolean {
    return !(typeof metadata.metatype === 'function' && OWN_PIPE in metadata.metatype) && super.toValidate(metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new GlobalValidationPipe(options());
}

/** The global pipe's rules and messages for one class, also where it is marked OWN_PIPE. */
export function dtoValidationPipe(expectedType: Type<unknown>): ValidationPipe {
  return new ValidationPipe({ ...options(), expectedType });
}
