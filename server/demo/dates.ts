import { Temporal } from 'temporal-polyfill';

/** Local dates of the district: plain dates, never instants with offsets. */
export type Day = Temporal.PlainDate;

export const dayOf = (iso: string): Day => Temporal.PlainDate.from(iso);

/** The district's local date at the instant `now`. */
export function todayIn(now: Date, timeZone: string): Day {
  return Temporal.Instant.fromEpochMilliseconds(now.getTime())
    .toZonedDateTimeISO(timeZone)
    .toPlainDate();
}

const instants = new Map<string, string>();

/**
 * The instant of a local date and wall-clock time, as ISO UTC. Remembered,
 * because thousands of scores share a few hundred dates and zone math is
 * the slowest part of the generator.
 */
export function instantOf(day: Day, time: string, timeZone: string): string {
  const key = `${day.toString()}T${time}[${timeZone}]`;
  let instant = instants.get(key);
  if (instant === undefined) {
    instant = day
      .toZonedDateTime({ timeZone, plainTime: Temporal.PlainTime.from(time) })
      .toInstant()
      .toString();
    instants.set(key, instant);
  }
  return instant;
}

export const isWeekday = (day: Day): boolean => day.dayOfWeek <= 5;

export const compare = (a: Day, b: Day): number =>
  Temporal.PlainDate.compare(a, b);

export const minDay = (a: Day, b: Day): Day => (compare(a, b) <= 0 ? a : b);
export const maxDay = (a: Day, b: Day): Day => (compare(a, b) >= 0 ? a : b);

/** Every date from `start` to `end`, both included. */
export function daysBetween(start: Day, end: Day): Day[] {
  const days: Day[] = [];
  for (let day = start; compare(day, end) <= 0; day = day.add({ days: 1 })) {
    days.push(day);
  }
  return days;
}

/**
 * The `n`th given ISO weekday (1 = Monday) of a month; n = -1 is the last.
 */
export function nthWeekday(
  year: number,
  month: number,
  weekday: number,
  n: number,
): Day {
  if (n > 0) {
    const first = Temporal.PlainDate.from({ year, month, day: 1 });
    const offset = (weekday - first.dayOfWeek + 7) % 7;
    return first.add({ days: offset + 7 * (n - 1) });
  }
  const last = Temporal.PlainDate.from({ year, month, day: 31 });
  const offset = (last.dayOfWeek - weekday + 7) % 7;
  return last.subtract({ days: offset });
}

/** The first date on or after `day` that falls on the ISO weekday. */
export function onOrAfter(day: Day, weekday: number): Day {
  return day.add({ days: (weekday - day.dayOfWeek + 7) % 7 });
}

/** Minutes since midnight of an `HH:MM` time, and back. */
export const minutesOf = (time: string): number =>
  Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

export const timeOf = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(
    minutes % 60,
  ).padStart(2, '0')}`;
