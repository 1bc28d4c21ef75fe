import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';

/**
 * One log line per request, written when the answer is sent: method, route
 * pattern (`/api/v1/students/:id/grades`, never the URL with its ids or
 * query), status and time. The request id comes from the child logger.
 * Bodies, cookies, query strings and usernames are never logged.
 *
 * Fastify's own controller logs "incoming request" and "request completed"
 * (two lines, with the full URL); the top-level `disableRequestLogging`
 * option is deprecated in favour of a controller like this one.
 */
export class OneLinePerRequest extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    const line = {
      method: request.method,
      route: request.routeOptions.url ?? '(no route)',
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime * 100) / 100,
    };
    if (error) reply.log.error({ ...line, err: error }, 'request failed');
    else reply.log.info(line, 'request');
  }

  // The default logs the raw URL, which may carry personal data; the
  // 404 is already in the request's one line.
  override routeNotFound(): void {}
}
