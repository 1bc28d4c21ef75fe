import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorCode } from '../../src/api/errors.ts';

/** A refusal with a code the app translates and a message for people. */
export class ApiProblem extends Error {
  /** Extra answer headers, such as Retry-After. */
  readonly headers: Record<string, string> = {};

  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    /** Numbers the app puts in its own text of the refusal (a password's rules). */
    readonly params?: Record<string, number>,
  ) {
    super(message);
  }
}

export function errorHandler(
  error: FastifyError | ApiProblem,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  if (error instanceof ApiProblem) {
    reply.headers(error.headers);
    return reply.status(error.statusCode).send({
      code: error.code,
      message: error.message,
      ...(error.field ? { field: error.field } : {}),
      ...(error.params ? { params: error.params } : {}),
    });
  }
  if (error.validation) {
    const first = error.validation[0];
    const field = first?.instancePath || undefined;
    return reply.status(400).send({
      code: 'invalid_request',
      message: `Invalid request: ${error.message}`,
      ...(field ? { field } : {}),
    });
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    return reply.status(status).send({
      code: status === 404 ? 'not_found' : 'invalid_request',
      message: error.message,
    });
  }
  request.log.error({ err: error }, 'request failed');
  return reply.status(500).send({
    code: 'server_error',
    message: 'Something went wrong on the server. Please try again later.',
  });
}

export function notFoundHandler(request: FastifyRequest, reply: FastifyReply) {
  return reply.status(404).send({
    code: 'not_found',
    message: `No such route: ${request.method} ${request.url.split('?')[0]}`,
  });
}
