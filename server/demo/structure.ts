import type { DemoRows } from './rows.ts';
import type { Random } from './random.ts';
import { district, firstNames, lastNames } from './names.ts';
import type { Span, YearPlan } from './school-year.ts';
import {
  schoolOrder,
  schools,
  type CourseSpec,
  type PeriodSpec,
  type SchoolKey,
  type SchoolSpec,
  type TermKey,
} from './schools.ts';

/**
 * The frame every student record hangs on: schools, years, terms, grading
 * periods, calendars, bells, courses, teachers and sections. Courses,
 * teachers and sections are made the first time a student needs them, so
 * nothing is left empty.
 */

export interface YearAtSchool {
  termIds: Record<TermKey, number>;
  terms: Record<TermKey, Span>;
  /** The four quarters, each with the semester term it belongs to. */
  quarters: { id: number; span: Span; termId: number }[];
  calendarId: number;
}

export interface SectionInfo {
  id: number;
  school: SchoolKey;
  year: number;
  course: CourseSpec;
  termId: number;
  term: Span;
  /** Indexes into the school's periods. */
  periods: number[];
}

const termKeyOrder: TermKey[] = ['year', 's1', 's2'];

export class Structure {
  readonly schoolIds = {} as Record<SchoolKey, number>;
  readonly periodIds = {} as Record<SchoolKey, number[]>;
  readonly yearIds: number[] = [];
  readonly sections: SectionInfo[] = [];
  #atSchool = new Map<string, YearAtSchool>();
  #courses = new Map<string, number>();
  #teachers = new Map<string, number>();
  #sections = new Map<string, SectionInfo>();

  constructor(
    private readonly rows: DemoRows,
    private readonly random: Random,
    readonly years: YearPlan[],
  ) {
    for (const key of schoolOrder) this.#addSchool(schools[key]);
    years.forEach((plan, year) => {
      this.yearIds.push(
        rows.add('schoolYear', {
          name: plan.name,
          startDate: plan.start.toString(),
          endDate: plan.end.toString(),
        }),
      );
      for (const key of schoolOrder) this.#addYearAtSchool(key, year);
    });
  }

  atSchool(school: SchoolKey, year: number): YearAtSchool {
    const found = this.#atSchool.get(`${school}/${year}`);
    if (!found) throw new Error(`No year ${year} at ${school}`);
    return found;
  }

  /** The section of a course in the given periods, made on first use. */
  section(
    school: SchoolKey,
    year: number,
    course: CourseSpec,
    periods: number[],
  ): SectionInfo {
    const key = `${school}/${year}/${course.code}/${periods.join('+')}`;
    const found = this.#sections.get(key);
    if (found) return found;

    const frame = this.atSchool(school, year);
    const sequence = (periods[0] ?? 0) + 1;
    const sourceId = `${this.years[year]?.name}-${course.code}-${sequence}`;
    const id = this.rows.add('section', {
      schoolId: this.schoolIds[school],
      courseId: this.#course(school, course),
      termId: frame.termIds[course.term],
      sourceId,
      name: `${course.code}-${String(sequence).padStart(2, '0')}`,
      room: course.room,
    });
    for (const period of periods) {
      const periodId = this.periodIds[school][period];
      if (periodId === undefined) throw new Error(`No period ${period}`);
      this.rows.add('sectionPeriod', {
        sectionId: id,
        periodId,
        days: course.days ?? '12345',
      });
    }
    this.rows.add('sectionStaff', {
      sectionId: id,
      staffId: this.#teacher(course.code),
      role: 'teacher',
    });
    const info: SectionInfo = {
      id,
      school,
      year,
      course,
      termId: frame.termIds[course.term],
      term: frame.terms[course.term],
      periods,
    };
    this.#sections.set(key, info);
    this.sections.push(info);
    return info;
  }

  #addSchool(spec: SchoolSpec): void {
    const schoolId = this.rows.add('school', {
      sourceId: spec.key,
      name: spec.name,
      usesGradebook: spec.usesGradebook ? 1 : 0,
      phone: spec.phone,
      address: spec.address,
    });
    this.schoolIds[spec.key] = schoolId;
    const first = spec.periods[0];
    const last = spec.periods[spec.periods.length - 1];
    const bellScheduleId = this.rows.add('bellSchedule', {
      schoolId,
      sourceId: 'regular',
      name: 'Regular day',
      startTime: first?.start ?? null,
      endTime: last?.end ?? null,
    });
    this.periodIds[spec.key] = spec.periods.map((period, index) => {
      const periodId = this.rows.add('period', {
        schoolId,
        sourceId: `p${index + 1}`,
        name: period.name,
        sequence: index + 1,
        startTime: period.start,
        endTime: period.end,
      });
      this.rows.add('bellSchedulePeriod', {
        bellScheduleId,
        periodId,
        startTime: period.start,
        endTime: period.end,
      });
      return periodId;
    });
    if (spec.lateStart) this.#addLateStart(spec, schoolId, spec.lateStart);
  }

  #addLateStart(spec: SchoolSpec, schoolId: number, periods: PeriodSpec[]): void {
    const bellScheduleId = this.rows.add('bellSchedule', {
      schoolId,
      sourceId: 'late-start',
      name: 'Late start',
      startTime: periods[0]?.start ?? null,
      endTime: periods.at(-1)?.end ?? null,
    });
    periods.forEach((period, index) => {
      const periodId = this.periodIds[spec.key][index];
      if (periodId === undefined) throw new Error(`No period ${index + 1} at ${spec.key}`);
      this.rows.add('bellSchedulePeriod', {
        bellScheduleId,
        periodId,
        startTime: period.start,
        endTime: period.end,
      });
    });
  }

  #addYearAtSchool(school: SchoolKey, year: number): void {
    const plan = this.years[year];
    if (!plan) throw new Error(`No plan for year ${year}`);
    const schoolId = this.schoolIds[school];
    const schoolYearId = this.yearIds[year] ?? 0;
    const [s1, s2] = plan.semesters;
    const terms: Record<TermKey, Span> = {
      year: { name: 'Full year', start: s1.start, end: s2.end },
      s1,
      s2,
    };
    const termIds = {} as Record<TermKey, number>;
    for (const key of termKeyOrder) {
      const span = terms[key];
      termIds[key] = this.rows.add('term', {
        schoolId,
        schoolYearId,
        sourceId: `${plan.name}-${key}`,
        name: span.name,
        kind: key === 'year' ? 'year' : 'semester',
        startDate: span.start.toString(),
        endDate: span.end.toString(),
        instructionalDays: plan.instructional.filter(
          (day) => day.toString() >= span.start.toString() &&
            day.toString() <= span.end.toString(),
        ).length,
      });
    }
    const quarters = plan.quarters.map((span, index) => {
      const termId = index < 2 ? termIds.s1 : termIds.s2;
      const id = this.rows.add('gradingPeriod', {
        schoolId,
        schoolYearId,
        termId,
        sourceId: `${plan.name}-q${index + 1}`,
        name: span.name,
        sequence: index + 1,
        startDate: span.start.toString(),
        endDate: span.end.toString(),
      });
      return { id, span, termId };
    });
    const calendarId = this.rows.add('calendar', {
      schoolId,
      schoolYearId,
      sourceId: plan.name,
      name: `${plan.name} ${schools[school].name}`,
    });
    for (const day of plan.days) {
      this.rows.add('calendarDay', {
        calendarId,
        date: day.date.toString(),
        kind: day.kind,
        name: day.name,
        inferred: 0,
      });
    }
    this.#atSchool.set(`${school}/${year}`, { termIds, terms, quarters, calendarId });
  }

  #course(school: SchoolKey, course: CourseSpec): number {
    const found = this.#courses.get(course.code);
    if (found !== undefined) return found;
    const id = this.rows.add('course', {
      schoolId: this.schoolIds[school],
      sourceId: course.code,
      code: course.code,
      title: course.title,
      subject: course.subject,
    });
    this.#courses.set(course.code, id);
    return id;
  }

  /** One teacher per course of a school, the same in every year. */
  #teacher(courseCode: string): number {
    const found = this.#teachers.get(courseCode);
    if (found !== undefined) return found;
    const firstName = this.random.pick(firstNames);
    const lastName = this.random.pick(lastNames);
    const id = this.rows.add('staff', {
      sourceId: `staff-${courseCode.toLowerCase()}`,
      firstName,
      lastName,
      title: 'Teacher',
      email: `${firstName[0]}${lastName}@${district.mailDomain}`.toLowerCase(),
    });
    this.#teachers.set(courseCode, id);
    return id;
  }
}
