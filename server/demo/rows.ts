import type { Insertable } from 'kysely';
import type { Database } from '../db/schema.ts';

/** The tables the demo district fills, in an order that keeps foreign keys. */
export const demoTables = [
  'school',
  'schoolYear',
  'term',
  'gradingPeriod',
  'calendar',
  'calendarDay',
  'bellSchedule',
  'period',
  'bellSchedulePeriod',
  'course',
  'staff',
  'section',
  'sectionPeriod',
  'sectionStaff',
  'student',
  'guardian',
  'guardianStudent',
  'enrollment',
  'sectionPlacement',
  'assignment',
  'score',
  'grade',
  'attendanceEvent',
  'account',
] as const satisfies readonly (keyof Database)[];

export type DemoTable = (typeof demoTables)[number];

/** A row as the generator writes it: the id is chosen, never left to SQLite. */
export type DemoRow<T extends DemoTable> = Insertable<Database[T]> & {
  id: number;
  districtId: number;
};

/** What a generator gives for a row: everything but the id and district. */
export type DemoFields<T extends DemoTable> = Omit<
  Insertable<Database[T]>,
  'id' | 'districtId' | 'version'
>;

type RowsByTable = { [T in DemoTable]: DemoRow<T>[] };

/**
 * Every row of the demo district, collected in memory before one
 * transaction writes them. Ids are handed out here, from the first free id
 * of each table, so rows can point at each other before anything is written
 * and two runs from the same start give the same ids.
 */
export class DemoRows {
  readonly districtId: number;
  readonly byTable: RowsByTable;
  #nextId: Record<DemoTable, number>;

  constructor(districtId: number, firstIds: Record<DemoTable, number>) {
    this.districtId = districtId;
    this.#nextId = { ...firstIds };
    const byTable: Partial<RowsByTable> = {};
    for (const table of demoTables) {
      Object.assign(byTable, { [table]: [] });
    }
    this.byTable = byTable as RowsByTable;
  }

  /** Adds a row and returns its id. */
  add<T extends DemoTable>(table: T, fields: DemoFields<T>): number {
    const id = this.#nextId[table];
    this.#nextId[table] = id + 1;
    const row = { id, districtId: this.districtId, ...fields } as DemoRow<T>;
    this.byTable[table].push(row);
    return id;
  }

  count(): number {
    return demoTables.reduce((sum, table) => sum + this.byTable[table].length, 0);
  }
}
