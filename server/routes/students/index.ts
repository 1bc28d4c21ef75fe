import type { FastifyPluginAsync } from 'fastify';
import { overviewRoutes } from './overview.ts';
import { studentRecordRoutes } from './records.ts';

/** The read API of a signed-in guardian. */
export const studentRoutes: FastifyPluginAsync = async (app) => {
  await app.register(overviewRoutes);
  await app.register(studentRecordRoutes);
};
