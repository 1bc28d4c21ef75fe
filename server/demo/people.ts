import { Temporal } from 'temporal-polyfill';
import { compare, maxDay, minDay, type Day } from './dates.ts';
import { firstNames, lastNames, middleNames } from './names.ts';
import type { Random } from './random.ts';
import type { DemoRows } from './rows.ts';
import {
  elementarySpecials,
  homeroomCourse,
  schools,
  type SchoolKey,
} from './schools.ts';
import type { SectionInfo, Structure } from './structure.ts';

/**
 * Students, their guardians, their enrollments and their places in
 * sections. Grade levels are this year's; last year's follow from them.
 */

export interface StudentPlan {
  id: number;
  firstName: string;
  /** 0.6 to 0.98: how well the student usually scores. */
  ability: number;
  /** Demo-family students get every kind of score and attendance event. */
  featured: boolean;
}

export interface Enrolled {
  student: StudentPlan;
  school: SchoolKey;
  year: number;
  start: Day;
  end: Day;
}

export interface Placement {
  student: StudentPlan;
  section: SectionInfo;
  start: Day;
  end: Day;
}

export class People {
  readonly students: StudentPlan[] = [];
  readonly enrollments: Enrolled[] = [];
  readonly placements: Placement[] = [];
  #guardians = 0;

  constructor(
    private readonly rows: DemoRows,
    private readonly random: Random,
    private readonly structure: Structure,
    private readonly idPrefix: string,
  ) {}

  addStudent(
    firstName: string,
    lastName: string,
    grade: string,
    /** For demo-family students: how well they do, fixed for a steady demo. */
    featuredAbility?: number,
  ): StudentPlan {
    const startYear = this.structure.years.at(-1)?.start.year ?? 2000;
    const age = 6 + (grade === 'K' ? 0 : Number(grade));
    const birthDate = Temporal.PlainDate.from({
      year: startYear - age,
      month: this.random.int(1, 12),
      day: this.random.int(1, 28),
    });
    const id = this.rows.add('student', {
      sourceId: `${this.idPrefix}S${String(100001 + this.students.length)}`,
      firstName,
      middleName: this.random.chance(0.6) ? this.random.pick(middleNames) : null,
      lastName,
      preferredName: null,
      birthDate: birthDate.toString(),
    });
    const ability = 0.6 + this.random.next() * 0.38;
    const student: StudentPlan = {
      id,
      firstName,
      ability: featuredAbility ?? ability,
      featured: featuredAbility !== undefined,
    };
    this.students.push(student);
    return student;
  }

  addGuardian(firstName: string, lastName: string): number {
    this.#guardians += 1;
    return this.rows.add('guardian', {
      sourceId: `${this.idPrefix}G${String(500000 + this.#guardians)}`,
      firstName,
      lastName,
      email: `${firstName}.${lastName}.${this.#guardians}@mail.example`
        .toLowerCase(),
    });
  }

  link(guardianId: number, student: StudentPlan, relation: string): void {
    this.rows.add('guardianStudent', {
      guardianId,
      studentId: student.id,
      relation,
      portalAccess: 1,
      livesWith: 1,
      emergencyContact: 1,
    });
  }

  /**
   * Enrolls a student from `start` to `end` (an open enrollment when
   * `open`) and places them in every section of their schedule there.
   */
  enroll(
    student: StudentPlan,
    at: { school: SchoolKey; year: number; grade: string; track: 0 | 1 },
    start: Day,
    end: Day,
    open: boolean,
  ): void {
    this.rows.add('enrollment', {
      studentId: student.id,
      schoolId: this.structure.schoolIds[at.school],
      schoolYearId: this.structure.yearIds[at.year] ?? 0,
      gradeLevel: at.grade,
      startDate: start.toString(),
      endDate: open ? null : end.toString(),
      inferred: 0,
    });
    this.enrollments.push({ student, school: at.school, year: at.year, start, end });
    for (const section of this.#schedule(at)) {
      const placedFrom = maxDay(start, section.term.start);
      const placedTo = minDay(end, section.term.end);
      if (compare(placedFrom, placedTo) > 0) continue;
      this.rows.add('sectionPlacement', {
        studentId: student.id,
        sectionId: section.id,
        startDate: placedFrom.toString(),
        endDate: placedTo.toString(),
        inferred: 0,
      });
      this.placements.push({ student, section, start: placedFrom, end: placedTo });
    }
  }

  /** A family of made-up people: one guardian and one or two children. */
  addFamily(grades: { grade: string; school: SchoolKey; track: 0 | 1 }[]) {
    const lastName = this.random.pick(lastNames);
    const guardian = this.addGuardian(this.random.pick(firstNames), lastName);
    const relation = this.random.pick(['mother', 'father', 'guardian', 'grandparent']);
    return grades.map((plan) => {
      const student = this.addStudent(this.random.pick(firstNames), lastName, plan.grade);
      this.link(guardian, student, relation);
      return { student, ...plan };
    });
  }

  #schedule(at: { school: SchoolKey; year: number; grade: string; track: 0 | 1 }) {
    const spec = schools[at.school];
    if (at.school === 'willow') {
      return [
        this.structure.section(at.school, at.year, homeroomCourse(at.grade), [0, 2]),
        ...elementarySpecials.map((course) =>
          this.structure.section(at.school, at.year, course, [1]),
        ),
      ];
    }
    const lastYear = at.year < this.structure.years.length - 1;
    const tracks = (lastYear && spec.lastYearTracks) || spec.tracks;
    return tracks[at.track].flatMap((slot, period) =>
      slot.map((course) => this.structure.section(at.school, at.year, course, [period])),
    );
  }
}
