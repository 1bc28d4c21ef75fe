import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import Fastify, {
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
} from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { SessionStore } from './accounts/sessions.ts';
import { SignInLimiter } from './accounts/sign-in-limiter.ts';
import type { PortalDb } from './db/database.ts';
import { DistrictDirectory } from './districts/directory.ts';
import { rejectCrossSiteWrites } from './http/csrf.ts';
import { errorHandler, notFoundHandler } from './http/errors.ts';
import { OneLinePerRequest } from './http/log-controller.ts';
import { MemoryMailer, type Mailer } from './mail/mailer.ts';
import { serializable } from './http/serializable.ts';
import { absenceRoutes } from './routes/absences/index.ts';
import type { PaymentProcessor } from './money/processor.ts';
import { moneyRoutes } from './routes/money/index.ts';
import { documentRoutes } from './routes/documents/index.ts';
import { mealBenefitRoutes } from './routes/meal-benefits/index.ts';
import { accountRoutes } from './routes/account/index.ts';
import { districtRoutes } from './routes/districts/index.ts';
import { kioskRoutes } from './routes/kiosk/index.ts';
import { settingsRoutes } from './routes/settings/index.ts';
import { notificationRoutes } from './routes/notifications/index.ts';
import { pushRoutes } from './routes/push/index.ts';
import { studentRoutes } from './routes/students/index.ts';
import { syncRoutes } from './routes/sync.ts';
import { webApp } from './web/static.ts';

export interface AppOptions {
  db: PortalDb;
  /** pino options, or false for no logs (tests). */
  logger?: FastifyServerOptions['logger'];
  /** Marks cookies Secure; false only for plain-HTTP development. */
  secureCookies?: boolean;
  /** The clock; tests pass their own to age sessions. */
  now?: () => Date;
  /** The built web app to serve on the same origin (`dist`); none when absent. */
  webRoot?: string;
  /** Sends receipts and account emails; tests read a MemoryMailer's `sent`. */
  mailer?: Mailer;
  /** Charges payments; the built-in sandbox unless given one. */
  paymentProcessor?: PaymentProcessor;
}

declare module 'fastify' {
  interface FastifyInstance {
    db: PortalDb;
    now: () => Date;
    sessions: SessionStore;
    signInLimiter: SignInLimiter;
    secureCookies: boolean;
    mailer: Mailer;
    /** The districts hosted here and the directory of those elsewhere. */
    districts: DistrictDirectory;
  }
}

/** Builds the portal server; `main.ts` listens, tests use `inject`. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const now = options.now ?? (() => new Date());
  const app = Fastify({
    logger: options.logger ?? false,
    logController: new OneLinePerRequest(),
    genReqId: () => randomUUID(),
    trustProxy: true,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array' } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.decorate('db', options.db);
  app.decorate('now', now);
  app.decorate('sessions', new SessionStore(options.db, now));
  app.decorate('signInLimiter', new SignInLimiter());
  app.decorate('secureCookies', options.secureCookies ?? true);
  app.decorate('mailer', options.mailer ?? new MemoryMailer());
  app.decorate('districts', new DistrictDirectory(options.db));
  app.decorateRequest('signedIn', null);

  app.addHook('onRoute', (route) => {
    if (route.schema?.response) {
      route.schema = { ...route.schema, response: serializable(route.schema.response) };
    }
  });
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler(notFoundHandler);
  await app.register(cookie);
  app.addHook('onRequest', rejectCrossSiteWrites);
  app.addHook('onSend', apiAnswersAreNotCached);

  app.get('/api/v1/health', async () => ({ ok: true }));
  await app.register(accountRoutes, { prefix: '/api/v1' });
  await app.register(districtRoutes, { prefix: '/api/v1' });
  await app.register(kioskRoutes, { prefix: '/api/v1' });
  await app.register(settingsRoutes, { prefix: '/api/v1' });
  await app.register(studentRoutes, { prefix: '/api/v1' });
  await app.register(syncRoutes, { prefix: '/api/v1' });
  await app.register(absenceRoutes, { prefix: '/api/v1' });
  await app.register(moneyRoutes, {
    prefix: '/api/v1',
    ...(options.paymentProcessor ? { processor: options.paymentProcessor } : {}),
  });
  await app.register(mealBenefitRoutes, { prefix: '/api/v1' });
  await app.register(documentRoutes, { prefix: '/api/v1' });
  await app.register(notificationRoutes, { prefix: '/api/v1' });
  await app.register(pushRoutes, { prefix: '/api/v1' });
  if (options.webRoot) await app.register(webApp, { root: options.webRoot });

  return app;
}

/**
 * API answers hold a family's data: no browser or proxy cache keeps them
 * (the app keeps its own copy in IndexedDB), and each carries its request
 * id so a person reporting a problem can quote it.
 */
async function apiAnswersAreNotCached(
  request: FastifyRequest,
  reply: FastifyReply,
  payload: unknown,
) {
  if (request.url.startsWith('/api/')) {
    reply.header('cache-control', 'no-store');
    reply.header('x-request-id', request.id);
  }
  return payload;
}
