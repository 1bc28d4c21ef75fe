import { currentLanguage } from './i18n.ts';

/**
 * Dates, times, numbers and percentages in the chosen language, all through
 * Intl. School dates are plain `YYYY-MM-DD` days: they are formatted in UTC
 * so no time zone can move them to the day before.
 */

/**
 * Building an Intl format costs far more than using one (Today formats
 * dozens of times per render): each is made once per language and options.
 */
type AnyFormat = Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat;
const formats = new Map<string, AnyFormat>();

function cached<F extends AnyFormat>(
  kind: string,
  lng: string,
  options: object,
  make: () => F,
): F {
  const key = `${kind}|${lng}|${JSON.stringify(options)}`;
  let format = formats.get(key) as F | undefined;
  if (!format) {
    format = make();
    formats.set(key, format);
  }
  return format;
}

function dateFormat(lng: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached('date', lng, options, () => new Intl.DateTimeFormat(lng, options));
}

function numberFormat(lng: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached('number', lng, options, () => new Intl.NumberFormat(lng, options));
}

function plainDate(isoDate: string): Date {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

export type DateStyle = 'long' | 'medium' | 'short' | 'weekday';

const dateOptions: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  long: { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' },
  medium: { month: 'short', day: 'numeric', year: 'numeric' },
  short: { month: 'short', day: 'numeric' },
  weekday: { weekday: 'long', month: 'long', day: 'numeric' },
};

export function formatDate(isoDate: string, style: DateStyle = 'medium', lng = currentLanguage()) {
  return dateFormat(lng, { ...dateOptions[style], timeZone: 'UTC' }).format(
    plainDate(isoDate),
  );
}

export function formatWeekday(isoDate: string, lng = currentLanguage()): string {
  return dateFormat(lng, { weekday: 'long', timeZone: 'UTC' }).format(
    plainDate(isoDate),
  );
}

/** A wall-clock `HH:MM` of the school day, as the language writes times. */
export function formatTime(time: string, lng = currentLanguage()): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return dateFormat(lng, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' })
    .format(new Date(Date.UTC(2000, 0, 1, hours, minutes)));
}

/** The district's calendar day of an instant (ISO UTC), short: "Dec 3". */
export function formatInstantDate(iso: string, timeZone: string, lng = currentLanguage()) {
  return dateFormat(lng, { month: 'short', day: 'numeric', timeZone }).format(
    new Date(iso),
  );
}

/** An instant (ISO UTC) shown in the district's time zone. */
export function formatInstant(iso: string, timeZone: string, lng = currentLanguage()): string {
  return dateFormat(lng, {
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
  }).format(new Date(iso));
}

export function formatNumber(value: number, lng = currentLanguage(), maximumFractionDigits = 2) {
  return numberFormat(lng, { maximumFractionDigits }).format(value);
}

/** `percent` is on the 0–100 scale the API uses. */
export function formatPercent(percent: number, lng = currentLanguage(), maximumFractionDigits = 1) {
  return numberFormat(lng, { style: 'percent', maximumFractionDigits }).format(
    percent / 100,
  );
}

const relativeSteps: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.35],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

/** "5 minutes ago", "yesterday": how long since an instant, in words. */
export function formatTimeAgo(thenMs: number, nowMs = Date.now(), lng = currentLanguage()) {
  let amount = (thenMs - nowMs) / 1000;
  const options: Intl.RelativeTimeFormatOptions = { numeric: 'auto' };
  const format = cached('relative', lng, options, () => new Intl.RelativeTimeFormat(lng, options));
  for (const [unit, size] of relativeSteps) {
    if (Math.abs(amount) < size) {
      // Under a minute reads as "now" rather than a ticking count of seconds.
      return unit === 'second'
        ? format.format(0, 'second')
        : format.format(Math.round(amount), unit);
    }
    amount /= size;
  }
  return format.format(Math.round(amount), 'year');
}

/** Today's date in the district's time zone, as `YYYY-MM-DD`. */
export function todayIn(timeZone: string, now = new Date()): string {
  return dateFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** The plain date `days` after `isoDate`. */
export function addDays(isoDate: string, days: number): string {
  const date = plainDate(isoDate);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** ISO weekday of a plain date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(isoDate: string): number {
  return plainDate(isoDate).getUTCDay() || 7;
}
