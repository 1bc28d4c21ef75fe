import type { Day } from './dates.ts';
import type { People, Placement } from './people.ts';
import type { Random } from './random.ts';
import type { DemoRows } from './rows.ts';
import type { Structure } from './structure.ts';

/** What the record generators (gradebook, grades, attendance) share. */
export interface DemoContext {
  rows: DemoRows;
  random: Random;
  structure: Structure;
  people: People;
  today: Day;
  /** The instant that counts as now: nothing is scored or posted after it. */
  now: Date;
  timeZone: string;
  /** Index of this school year in `structure.years`. */
  thisYear: number;
}

export function placementsBySection(people: People): Map<number, Placement[]> {
  const bySection = new Map<number, Placement[]>();
  for (const placement of people.placements) {
    const list = bySection.get(placement.section.id) ?? [];
    list.push(placement);
    bySection.set(placement.section.id, list);
  }
  return bySection;
}

/** An instant, ISO UTC, moved back to `now` when it would lie after it. */
export function notAfter(instant: string, now: Date): string {
  return Date.parse(instant) > now.getTime() ? now.toISOString() : instant;
}
