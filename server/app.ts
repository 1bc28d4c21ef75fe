import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { PortalDb } from './db/database.ts';
import { errorHandler, notFoundHandler } from './http/errors.ts';

export interface AppOptions {
  db: PortalDb;
  /** pino options, or false for no logs (tests). */
  logger?: FastifyServerOptions['logger'];
  secureCookies?: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    db: PortalDb;
  }
}

/** Builds the portal server; `main.ts` listens, tests use `inject`. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    // Request logs name the route and the status, never a body or a cookie.
    disableRequestLogging: false,
    trustProxy: true,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array' } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.decorate('db', options.db);
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler(notFoundHandler);

  app.get('/api/v1/health', async () => ({ ok: true }));

  return app;
}
