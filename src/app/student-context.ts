import type { Enrollment, SchoolYear, School } from '../api/entities.ts';
import type { PortalDb } from '../data/db.ts';

/** A student's school years and enrollments, for the year and enrollment pickers. */
export interface StudentYears {
  years: SchoolYear[];
  enrollments: (Enrollment & { schoolName: string })[];
}

export async function loadStudentYears(db: PortalDb, studentId: number): Promise<StudentYears> {
  const enrollments = await db.enrollments.where('studentId').equals(studentId).toArray();
  const yearIds = [...new Set(enrollments.map((e) => e.schoolYearId))];
  const schoolIds = [...new Set(enrollments.map((e) => e.schoolId))];
  const [years, schools] = await Promise.all([
    db.schoolYears.bulkGet(yearIds),
    db.schools.bulkGet(schoolIds),
  ]);
  const schoolNames = new Map(
    schools.filter((s): s is School => !!s).map((s) => [s.id, s.name]),
  );
  return {
    years: years
      .filter((y): y is SchoolYear => !!y)
      .sort((a, b) => b.startDate.localeCompare(a.startDate)),
    enrollments: enrollments.map((e) => ({ ...e, schoolName: schoolNames.get(e.schoolId) ?? '' })),
  };
}

/** The year that holds today, else the latest one. */
export function defaultYear(years: readonly SchoolYear[], today: string): SchoolYear | undefined {
  return years.find((y) => y.startDate <= today && today <= y.endDate) ?? years[0];
}

/** The enrollment running today, else the one that started last. */
export function defaultEnrollment<E extends Enrollment>(
  enrollments: readonly E[],
  today: string,
): E | undefined {
  const current = enrollments.find(
    (e) => e.startDate <= today && (e.endDate === null || today <= e.endDate),
  );
  return current ?? [...enrollments].sort((a, b) => b.startDate.localeCompare(a.startDate))[0];
}

/**
 * The year and enrollment to show: the stored choice while it still
 * exists, else the year holding today and the enrollment running today.
 */
export function pickSelection(
  data: StudentYears | undefined,
  stored: { schoolYearId?: number; enrollmentId?: number },
  today: string,
) {
  if (!data) return { schoolYearId: undefined, enrollmentId: undefined, data, inYear: [] };
  const year =
    data.years.find((y) => y.id === stored.schoolYearId) ?? defaultYear(data.years, today);
  const inYear = data.enrollments.filter((e) => e.schoolYearId === year?.id);
  const enrollment =
    inYear.find((e) => e.id === stored.enrollmentId) ?? defaultEnrollment(inYear, today);
  return { schoolYearId: year?.id, enrollmentId: enrollment?.id, data, inYear };
}

export function studentName(student: {
  firstName: string;
  lastName: string;
  preferredName: string | null;
}): string {
  return `${student.preferredName ?? student.firstName} ${student.lastName}`;
}
