import { HttpStatus } from '@nestjs/common';
import { type FastifyRequest } from 'fastify';
import { AppError, ValidationFailed } from '../common/app-error';
import { inspectInput } from './input-guard';

/** Fastify preValidation hook: every API request's body, query and path parameters pass the
 * input guard before any validator, service or query sees them. */
export async function guardInput(request: FastifyRequest): Promise<void> {
  if (!request.url.startsWith('/api/')) return;
  for (const part of [request.params, request.query, request.body]) {
    const problem = inspectInput(part);
    if (!problem) continue;
    if (problem.kind === 'too_deep') throw new AppError(HttpStatus.BAD_REQUEST, 'invalid_json', 'json_too_deep');
    throw new ValidationFailed([{ field: problem.field, key: problem.key, vars: {} }]);
  }
}
