import type { FastifyPluginAsync } from 'fastify';

export const syncRoutes: FastifyPluginAsync = async () => {};
