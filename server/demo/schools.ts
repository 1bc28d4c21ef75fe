import { minutesOf, timeOf } from './dates.ts';

/**
 * The demo district's schools: what they teach, when, and where. The two
 * middle schools let one student move mid-year; the elementary school keeps
 * no gradebook, so its families see posted grades only.
 */

export type SchoolKey = 'willow' | 'juniper' | 'alder' | 'stonebrook';
export type TermKey = 'year' | 's1' | 's2';

export interface CourseSpec {
  code: string;
  title: string;
  subject: string;
  room: string;
  term: TermKey;
  /** ISO weekdays the section meets; every school day when absent. */
  days?: string;
}

export interface PeriodSpec {
  name: string;
  start: string;
  end: string;
}

/** One period of a track: the course (or a course per semester) taken. */
export type Slot = CourseSpec[];

export interface SchoolSpec {
  key: SchoolKey;
  name: string;
  usesGradebook: boolean;
  phone: string;
  address: string;
  periods: PeriodSpec[];
  /** The same periods on late-start days, when the school has them. */
  lateStart?: PeriodSpec[];
  /** Two schedules students are split between, by period. */
  tracks: [Slot[], Slot[]];
  /** Different courses for last year, where the titles name a grade. */
  lastYearTracks?: [Slot[], Slot[]];
}

/** Periods of equal length from `start`, with a lunch after `lunchAfter`. */
function periods(
  count: number,
  start: string,
  length: number,
  lunchAfter: number,
): PeriodSpec[] {
  const result: PeriodSpec[] = [];
  let at = minutesOf(start);
  for (let n = 1; n <= count; n++) {
    result.push({ name: `Period ${n}`, start: timeOf(at), end: timeOf(at + length) });
    at += length + 4 + (n === lunchAfter ? 30 : 0);
  }
  return result;
}

const course = (
  code: string,
  title: string,
  subject: string,
  room: string,
  term: TermKey = 'year',
): CourseSpec => ({ code, title, subject, room, term });

/** Elementary homerooms are made per grade; these are the shared specials. */
export const elementarySpecials: CourseSpec[] = [
  { ...course('E-ART', 'Art', 'arts', 'Art Room'), days: '13' },
  { ...course('E-MUS', 'Music', 'arts', 'Music Room'), days: '24' },
  { ...course('E-PE', 'Physical Education', 'pe', 'Gym'), days: '5' },
];

export function homeroomCourse(grade: string): CourseSpec {
  const label = grade === 'K' ? 'Kindergarten' : `Grade ${grade}`;
  const room = `Room 1${grade === 'K' ? '0' : grade}`;
  return course(`E-HR${grade}`, `${label} Homeroom`, 'homeroom', room);
}

function middleTracks(prefix: string): [Slot[], Slot[]] {
  const math = course(`${prefix}-MATH`, 'Mathematics', 'math', '112');
  const ela = course(`${prefix}-ELA`, 'English Language Arts', 'english', '108');
  const science = course(`${prefix}-SCI`, 'Science', 'science', 'Lab 204');
  const social = course(`${prefix}-SS`, 'Social Studies', 'history', '115');
  const pe = course(`${prefix}-PE`, 'Physical Education', 'pe', 'Gym');
  const spanish = course(`${prefix}-SPAN1`, 'Spanish I', 'language', '121');
  const art = course(`${prefix}-ART`, 'Art', 'arts', 'Art Studio', 's1');
  const health = course(`${prefix}-HLTH`, 'Health', 'health', '119', 's2');
  const band = course(`${prefix}-BAND`, 'Band', 'arts', 'Band Room');
  return [
    [[math], [ela], [science], [social], [pe], [spanish], [art, health]],
    [[ela], [math], [social], [science], [spanish], [pe], [band]],
  ];
}

function highTracks(grade: 'upper' | 'lower'): [Slot[], Slot[]] {
  const upper = grade === 'upper';
  const math = upper
    ? course('H-ALG2', 'Algebra II', 'math', '210')
    : course('H-ALG1', 'Algebra I', 'math', '206');
  const english = upper
    ? course('H-ENG2', 'English II', 'english', '118')
    : course('H-ENG1', 'English I', 'english', '116');
  const science = upper
    ? course('H-CHEM', 'Chemistry', 'science', 'Lab 302')
    : course('H-BIO', 'Biology', 'science', 'Lab 301');
  const history = upper
    ? course('H-WHIST', 'World History', 'history', '124')
    : course('H-GEOG', 'World Geography', 'history', '122');
  const spanish = upper
    ? course('H-SPAN2', 'Spanish II', 'language', '131')
    : course('H-SPAN1', 'Spanish I', 'language', '130');
  const first = upper
    ? course('H-CSP', 'Computer Science Principles', 'cs', 'Lab 140', 's1')
    : course('H-PE', 'Physical Education', 'pe', 'Field House', 's1');
  const second = course('H-HLTH', 'Health', 'health', '109', 's2');
  const choir = course('H-CHOIR', 'Concert Choir', 'arts', 'Choir Room');
  return [
    [[math], [english], [science], [history], [spanish], [first, second]],
    [[english], [math], [history], [science], [choir], [spanish]],
  ];
}

export const schools: Record<SchoolKey, SchoolSpec> = {
  willow: {
    key: 'willow',
    name: 'Willow Creek Elementary School',
    usesGradebook: false,
    phone: '(555) 010-0101',
    address: '1200 Willow Creek Road, Cedar Hollow, IL',
    periods: [
      { name: 'Morning Block', start: '07:55', end: '11:10' },
      { name: 'Specials', start: '11:15', end: '12:00' },
      { name: 'Afternoon Block', start: '12:40', end: '14:50' },
    ],
    tracks: [[], []],
  },
  juniper: {
    key: 'juniper',
    name: 'Juniper Ridge Middle School',
    usesGradebook: true,
    phone: '(555) 010-0102',
    address: '45 Juniper Ridge Drive, Cedar Hollow, IL',
    periods: periods(7, '08:15', 47, 4),
    lateStart: periods(7, '09:15', 39, 4),
    tracks: middleTracks('JR'),
  },
  alder: {
    key: 'alder',
    name: 'Alder Park Middle School',
    usesGradebook: true,
    phone: '(555) 010-0103',
    address: '780 Alder Park Lane, Cedar Hollow, IL',
    periods: periods(7, '08:10', 48, 3),
    tracks: middleTracks('AP'),
  },
  stonebrook: {
    key: 'stonebrook',
    name: 'Stonebrook High School',
    usesGradebook: true,
    phone: '(555) 010-0104',
    address: '3100 Stonebrook Avenue, Cedar Hollow, IL',
    periods: periods(6, '07:45', 55, 3),
    lateStart: periods(6, '08:45', 45, 3),
    tracks: highTracks('upper'),
    lastYearTracks: highTracks('lower'),
  },
};

export const schoolOrder: SchoolKey[] = ['willow', 'juniper', 'alder', 'stonebrook'];

/** The school a grade level goes to; middle schoolers keep their school. */
export function schoolForGrade(grade: string, middle: SchoolKey): SchoolKey {
  if (grade === 'K' || Number(grade) <= 5) return 'willow';
  if (Number(grade) <= 8) return middle;
  return 'stonebrook';
}

export const previousGrade = (grade: string): string =>
  grade === 'K' ? 'K' : grade === '1' ? 'K' : String(Number(grade) - 1);
