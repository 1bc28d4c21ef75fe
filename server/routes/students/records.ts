import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { requireGuardian, signedInOf } from '../../http/authentication.ts';
import { refusals } from '../../http/schemas.ts';
import { requireLinkedStudent } from '../../students/access.ts';
import { studentAssignments } from '../../students/assignments.ts';
import { studentAttendance } from '../../students/attendance.ts';
import { studentGrades } from '../../students/grades.ts';
import { instructionalDays } from '../../students/instructional-days.ts';
import { studentSchedule } from '../../students/schedule.ts';
import { districtToday, studentSchoolYear } from '../../students/school-years.ts';
import {
  AssignmentQuery,
  AssignmentsResponse,
  AttendanceResponse,
  GradesResponse,
  InstructionalDaysResponse,
  ScheduleResponse,
  SchoolYearQuery,
  StudentParams,
  TermQuery,
} from './schemas.ts';

const optionalId = (text: string | undefined) =>
  text === undefined ? undefined : Number(text);

/** The routes under /students/:id; each first checks the guardian's link. */
export const studentRecordRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', requireGuardian);
  const errors = refusals(400, 401, 404);

  /** The linked student's id and the district's today, or a 404. */
  async function linked(request: FastifyRequest, studentId: number) {
    const { guardianId, districtId } = signedInOf(request);
    await requireLinkedStudent(app.db, guardianId, studentId);
    return { studentId, today: await districtToday(app.db, districtId, app.now()) };
  }

  /** The school year asked for, or the student's current or latest. */
  function yearOf(studentId: number, asked: string | undefined, today: string) {
    return studentSchoolYear(app.db, studentId, optionalId(asked), today);
  }

  app.get(
    '/students/:id/schedule',
    {
      schema: {
        params: StudentParams,
        querystring: TermQuery,
        response: { 200: ScheduleResponse, ...errors },
      },
    },
    async (request) => {
      const { studentId, today } = await linked(request, Number(request.params.id));
      return studentSchedule(app.db, studentId, optionalId(request.query.term), today);
    },
  );

  app.get(
    '/students/:id/instructional-days',
    {
      schema: {
        params: StudentParams,
        querystring: SchoolYearQuery,
        response: { 200: InstructionalDaysResponse, ...errors },
      },
    },
    async (request) => {
      const { studentId, today } = await linked(request, Number(request.params.id));
      const year = await yearOf(studentId, request.query.schoolYear, today);
      if (!year) return { schoolYear: null, count: 0, days: [] };
      return instructionalDays(app.db, studentId, year);
    },
  );

  app.get(
    '/students/:id/assignments',
    {
      schema: {
        params: StudentParams,
        querystring: AssignmentQuery,
        response: { 200: AssignmentsResponse, ...errors },
      },
    },
    async (request) => {
      const { studentId } = await linked(request, Number(request.params.id));
      return { assignments: await studentAssignments(app.db, studentId, {
        ...request.query,
        section: optionalId(request.query.section),
      }) };
    },
  );

  app.get(
    '/students/:id/grades',
    {
      schema: {
        params: StudentParams,
        querystring: SchoolYearQuery,
        response: { 200: GradesResponse, ...errors },
      },
    },
    async (request) => {
      const { studentId, today } = await linked(request, Number(request.params.id));
      const year = await yearOf(studentId, request.query.schoolYear, today);
      if (!year) return { schoolYear: null, grades: [] };
      return studentGrades(app.db, studentId, year);
    },
  );

  app.get(
    '/students/:id/attendance',
    {
      schema: {
        params: StudentParams,
        querystring: SchoolYearQuery,
        response: { 200: AttendanceResponse, ...errors },
      },
    },
    async (request) => {
      const { studentId, today } = await linked(request, Number(request.params.id));
      const year = await yearOf(studentId, request.query.schoolYear, today);
      if (!year) return { schoolYear: null, events: [], terms: [] };
      return studentAttendance(app.db, studentId, year);
    },
  );
};
