import type { PortalDb } from '../db/database.ts';

/** GET /students: the guardian's students with their enrollments and schools. */
export async function guardianStudents(db: PortalDb, guardianId: number) {
  const students = await db
    .selectFrom('student as s')
    .innerJoin('guardianStudent as gs', 'gs.studentId', 's.id')
    .select([
      's.id', 's.firstName', 's.middleName', 's.lastName', 's.preferredName',
      's.birthDate', 'gs.relation',
    ])
    .where('gs.guardianId', '=', guardianId)
    .where('gs.portalAccess', '=', 1)
    .orderBy('s.firstName')
    .orderBy('s.id')
    .execute();
  if (students.length === 0) return [];

  const enrollments = await db
    .selectFrom('enrollment as e')
    .innerJoin('school as sc', 'sc.id', 'e.schoolId')
    .innerJoin('schoolYear as y', 'y.id', 'e.schoolYearId')
    .select([
      'e.id', 'e.studentId', 'e.schoolId', 'e.schoolYearId', 'e.gradeLevel',
      'e.startDate', 'e.endDate',
      'sc.name as schoolName', 'sc.usesGradebook', 'sc.phone', 'sc.address',
      'y.name as schoolYearName',
    ])
    .where('e.studentId', 'in', students.map((s) => s.id))
    .orderBy('e.startDate', 'desc')
    .execute();

  return students.map((student) => ({
    ...student,
    enrollments: enrollments
      .filter((e) => e.studentId === student.id)
      .map((e) => ({
        id: e.id,
        studentId: e.studentId,
        schoolId: e.schoolId,
        schoolYearId: e.schoolYearId,
        gradeLevel: e.gradeLevel,
        startDate: e.startDate,
        endDate: e.endDate,
        schoolYearName: e.schoolYearName,
        school: {
          id: e.schoolId,
          name: e.schoolName,
          usesGradebook: e.usesGradebook === 1,
          phone: e.phone,
          address: e.address,
        },
      })),
  }));
}
