import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { requireGuardian, signedInOf } from '../../http/authentication.ts';
import { NoQuery, refusals } from '../../http/schemas.ts';
import { guardianStudents } from '../../students/overview.ts';
import { districtToday, guardianSchoolYears } from '../../students/school-years.ts';
import { SchoolYearsResponse, StudentsResponse } from './schemas.ts';

/** GET /students and GET /school-years: what the pickers offer. */
export const overviewRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', requireGuardian);

  app.get(
    '/students',
    {
      schema: {
        querystring: NoQuery,
        response: { 200: StudentsResponse, ...refusals(400, 401) },
      },
    },
    async (request) => ({
      students: await guardianStudents(app.db, signedInOf(request).guardianId),
    }),
  );

  app.get(
    '/school-years',
    {
      schema: {
        querystring: NoQuery,
        response: { 200: SchoolYearsResponse, ...refusals(400, 401) },
      },
    },
    async (request) => {
      const { guardianId, districtId } = signedInOf(request);
      const [schoolYears, today] = await Promise.all([
        guardianSchoolYears(app.db, guardianId),
        districtToday(app.db, districtId, app.now()),
      ]);
      const current = schoolYears.find((y) => y.startDate <= today && today <= y.endDate);
      return { schoolYears, currentId: current?.id ?? null };
    },
  );
};
