import type { FastifyPluginAsync } from 'fastify';
import { activateRoute } from './activate.ts';
import { accountChangeRoutes } from './changes.ts';
import { recoveryRoutes } from './recovery.ts';
import { sessionRoutes } from './session.ts';

export const accountRoutes: FastifyPluginAsync = async (app) => {
  await app.register(activateRoute);
  await app.register(sessionRoutes);
  await app.register(recoveryRoutes);
  await app.register(accountChangeRoutes);
};
