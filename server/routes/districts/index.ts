import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { DistrictsQuery, DistrictsResponse } from '../../../src/api/districts.ts';
import { refusals } from '../../http/schemas.ts';

/** GET /districts: the public directory, to find a district by name and state. */
export const districtRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/districts',
    {
      schema: {
        querystring: DistrictsQuery,
        response: { 200: DistrictsResponse, ...refusals(400) },
      },
    },
    async (request) => app.districts.search(request.query.q, request.query.state),
  );
};
