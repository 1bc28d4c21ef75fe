import { Temporal } from 'temporal-polyfill';

/** How many days a notification is shown; the day it was made is the 1st. */
export const notificationDays = 30;
/** The district-time hour at which the last day's notifications go. */
export const purgeHour = 2;

/**
 * When a notification made at `createdAt` is deleted: 2:00 AM district
 * time on its 30th day (the local date it was made counts as the 1st).
 * On a day when 2:00 does not exist (spring forward) that is the first
 * instant after the gap, 3:00; on a fall-back day 2:00 happens once.
 */
export function notificationExpiry(createdAt: Date | string, timeZone: string): Date {
  const made = Temporal.Instant.from(
    typeof createdAt === 'string' ? createdAt : createdAt.toISOString(),
  ).toZonedDateTimeISO(timeZone);
  const lastDay = made.toPlainDate().add({ days: notificationDays - 1 });
  const expiry = lastDay.toZonedDateTime({
    timeZone,
    plainTime: Temporal.PlainTime.from({ hour: purgeHour }),
  });
  return new Date(expiry.epochMilliseconds);
}
