import type { FastifyPluginAsync } from 'fastify';

export const studentRoutes: FastifyPluginAsync = async () => {};
