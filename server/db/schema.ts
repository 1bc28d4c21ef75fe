import type { Generated, Selectable } from 'kysely';

/**
 * The database as Kysely sees it, through CamelCasePlugin: columns are
 * snake_case in SQL and camelCase here. Dates are ISO `YYYY-MM-DD` in the
 * district's time zone, times `HH:MM`, instants ISO UTC. Flags are 0 or 1.
 */

type Id = Generated<number>;
type Version = Generated<number>;
type Flag = Generated<number>;

export interface SyncClockTable {
  id: number;
  version: number;
}

export interface TombstoneTable {
  id: Id;
  districtId: number;
  entity: string;
  entityId: number;
  version: number;
}

export interface DistrictTable {
  id: Id;
  sourceId: string;
  name: string;
  state: string;
  timeZone: string;
  passwordMinLength: Generated<number>;
  passwordMinKinds: Generated<number>;
  createdAt: string;
  /** For X-District, cookie names and links; null until given one (slugs.ts). */
  slug: string | null;
  /** The base URL emails link to; null: the address the request came to. */
  portalAddress: string | null;
  kioskIdleSeconds: Generated<number>;
  /** argon2id of the staff code that makes a device a kiosk. */
  kioskCodeHash: string | null;
}

/** A district whose portal is on another server. */
export interface DistrictDirectoryTable {
  id: Id;
  slug: string;
  name: string;
  state: string;
  portalAddress: string;
}

export interface SchoolTable {
  id: Id;
  districtId: number;
  sourceId: string;
  name: string;
  usesGradebook: Flag;
  phone: string | null;
  address: string | null;
  version: Version;
}

export interface SchoolYearTable {
  id: Id;
  districtId: number;
  name: string;
  startDate: string;
  endDate: string;
  version: Version;
}

export interface TermTable {
  id: Id;
  districtId: number;
  schoolId: number;
  schoolYearId: number;
  sourceId: string;
  name: string;
  kind: string | null;
  startDate: string;
  endDate: string;
  instructionalDays: number | null;
  version: Version;
}

export interface GradingPeriodTable {
  id: Id;
  districtId: number;
  schoolId: number;
  schoolYearId: number;
  termId: number | null;
  sourceId: string;
  name: string;
  sequence: Generated<number>;
  startDate: string;
  endDate: string;
  version: Version;
}

export interface CalendarTable {
  id: Id;
  districtId: number;
  schoolId: number;
  schoolYearId: number;
  sourceId: string;
  name: string;
  version: Version;
}

export type CalendarDayKind =
  | 'instructional'
  | 'holiday'
  | 'teacher_only'
  | 'weather'
  | 'other';

export interface CalendarDayTable {
  id: Id;
  districtId: number;
  calendarId: number;
  date: string;
  kind: CalendarDayKind;
  name: string | null;
  inferred: Flag;
  version: Version;
}

export interface BellScheduleTable {
  id: Id;
  districtId: number;
  schoolId: number;
  sourceId: string;
  name: string;
  startTime: string | null;
  endTime: string | null;
  version: Version;
}

export interface PeriodTable {
  id: Id;
  districtId: number;
  schoolId: number;
  sourceId: string;
  name: string;
  sequence: Generated<number>;
  startTime: string | null;
  endTime: string | null;
  version: Version;
}

export interface BellSchedulePeriodTable {
  id: Id;
  districtId: number;
  bellScheduleId: number;
  periodId: number;
  startTime: string | null;
  endTime: string | null;
  version: Version;
}

export interface CourseTable {
  id: Id;
  districtId: number;
  schoolId: number | null;
  sourceId: string;
  code: string;
  title: string;
  subject: string | null;
  version: Version;
}

export interface StaffTable {
  id: Id;
  districtId: number;
  sourceId: string;
  firstName: string;
  lastName: string;
  title: string | null;
  email: string | null;
  version: Version;
}

export interface SectionTable {
  id: Id;
  districtId: number;
  schoolId: number;
  courseId: number;
  termId: number;
  sourceId: string;
  name: string | null;
  room: string | null;
  version: Version;
}

export interface SectionPeriodTable {
  id: Id;
  districtId: number;
  sectionId: number;
  periodId: number;
  /** ISO weekday digits the section meets on, 1 = Monday. */
  days: Generated<string>;
  version: Version;
}

export interface SectionStaffTable {
  id: Id;
  districtId: number;
  sectionId: number;
  staffId: number;
  role: Generated<string>;
  version: Version;
}

export interface StudentTable {
  id: Id;
  districtId: number;
  sourceId: string;
  firstName: string;
  middleName: string | null;
  lastName: string;
  preferredName: string | null;
  birthDate: string | null;
  version: Version;
}

export interface GuardianTable {
  id: Id;
  districtId: number;
  sourceId: string;
  firstName: string;
  lastName: string;
  email: string | null;
  version: Version;
}

export interface GuardianStudentTable {
  id: Id;
  districtId: number;
  guardianId: number;
  studentId: number;
  relation: Generated<string>;
  portalAccess: Flag;
  livesWith: number | null;
  emergencyContact: number | null;
  version: Version;
}

export interface EnrollmentTable {
  id: Id;
  districtId: number;
  studentId: number;
  schoolId: number;
  schoolYearId: number;
  gradeLevel: string | null;
  startDate: string;
  endDate: string | null;
  inferred: Flag;
  version: Version;
}

export interface SectionPlacementTable {
  id: Id;
  districtId: number;
  studentId: number;
  sectionId: number;
  startDate: string | null;
  endDate: string | null;
  inferred: Flag;
  version: Version;
}

export interface AssignmentTable {
  id: Id;
  districtId: number;
  sectionId: number;
  gradingPeriodId: number | null;
  sourceId: string;
  title: string;
  description: string | null;
  category: string | null;
  assignedDate: string | null;
  dueDate: string | null;
  pointsPossible: number | null;
  version: Version;
}

export interface ScoreTable {
  id: Id;
  districtId: number;
  assignmentId: number;
  studentId: number;
  points: number | null;
  mark: string | null;
  comment: string | null;
  missing: Flag;
  late: Flag;
  turnedIn: Flag;
  dropped: Flag;
  incomplete: Flag;
  exempt: Flag;
  scoredAt: string | null;
  version: Version;
}

export type GradeStatus = 'in_progress' | 'posted';

export interface GradeTable {
  id: Id;
  districtId: number;
  studentId: number;
  sectionId: number;
  gradingPeriodId: number | null;
  task: string;
  status: GradeStatus;
  percent: number | null;
  mark: string | null;
  comment: string | null;
  postedAt: string | null;
  version: Version;
}

export type AttendanceCategory =
  | 'absence'
  | 'tardy'
  | 'early_departure'
  | 'present';
export type AttendanceExcuse = 'excused' | 'unexcused' | 'unknown';

export interface AttendanceEventTable {
  id: Id;
  districtId: number;
  studentId: number;
  schoolId: number;
  sectionId: number | null;
  termId: number | null;
  sourceId: string;
  date: string;
  category: AttendanceCategory;
  excuse: Generated<AttendanceExcuse>;
  code: string | null;
  comment: string | null;
  arrivalTime: string | null;
  departureTime: string | null;
  minutes: number | null;
  /** Part of the school day missed, 0 to 1, where the SIS says. */
  dayFraction: number | null;
  version: Version;
}

export type CommunicationLanguage = 'en' | 'es' | 'pl' | 'ru';

export interface AccountTable {
  id: Id;
  districtId: number;
  guardianId: number;
  username: string;
  passwordHash: string;
  email: string;
  createdAt: string;
  passwordChangedAt: string;
  /** The district's language for this guardian's pushes and emails. */
  communicationLanguage: Generated<CommunicationLanguage>;
  portalLanguage: 'en' | 'es' | 'zh-Hans' | 'zh-Hant' | null;
  gradeBelowPercent: number | null;
}

/** A notification kind the guardian turned off (or back on); none: on. */
export interface NotificationSettingTable {
  accountId: number;
  kind: string;
  enabled: number;
}

export interface ContactPreferenceTable {
  accountId: number;
  messageType: string;
  voice: number;
  text: number;
  email: number;
}

/** Single-use links sent by email; only the token's SHA-256 is kept. */
export interface AccountTokenTable {
  tokenHash: string;
  accountId: number;
  purpose: 'password_reset' | 'email_change';
  newEmail: string | null;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
}

export interface KioskDeviceTable {
  idHash: string;
  districtId: number;
  createdAt: string;
}

export interface ActivationKeyTable {
  key: string;
  districtId: number;
  guardianId: number;
  createdAt: string;
  usedAt: string | null;
}

export interface LoginSessionTable {
  idHash: string;
  accountId: number;
  stayLoggedIn: number;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  kiosk: Flag;
  /** Null: the idle time of its kind (session-lifetimes.ts). */
  idleSeconds: number | null;
}

export interface ExcuseTable {
  id: Id;
  districtId: number;
  name: string;
  active: Flag;
  sortOrder: Generated<number>;
}

export interface AbsenceRequestTable {
  id: Id;
  districtId: number;
  guardianId: number;
  accountId: number;
  excuseId: number;
  kind: 'full_day' | 'arrive_late' | 'leave_early';
  firstDate: string;
  lastDate: string;
  time: string | null;
  comment: string | null;
  status: 'submitted' | 'approved' | 'denied' | 'cancelled';
  staffNote: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface AbsenceRequestStudentTable {
  absenceRequestId: number;
  studentId: number;
  schoolId: number;
  schoolDays: number;
}

export interface AbsenceRequestChangeTable {
  id: Id;
  absenceRequestId: number;
  status: string;
  actorKind: 'guardian' | 'staff';
  actor: string;
  note: string | null;
  changedAt: string;
}

export interface IdempotencyKeyTable {
  accountId: number;
  key: string;
  requestHash: string;
  statusCode: number | null;
  responseBody: string | null;
  createdAt: string;
}

export interface NotificationTable {
  id: Id;
  districtId: number;
  guardianId: number;
  kind: string;
  params: Generated<string>;
  title: string;
  body: string;
  link: string | null;
  read: Flag;
  createdAt: string;
  expiresAt: string;
}

export interface PushSubscriptionTable {
  id: Id;
  accountId: number;
  sessionIdHash: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  createdAt: string;
}

export interface ServerSettingTable {
  name: string;
  value: string;
}

export interface MealApplicationTable {
  id: Id;
  districtId: number;
  guardianId: number;
  accountId: number;
  assistanceProgram: 'snap' | 'tanf' | 'fdpir' | null;
  caseNumber: string | null;
  signerName: string;
  /** The last four digits only; null for "none". */
  ssnLastFour: string | null;
  status: 'submitted' | 'approved' | 'denied';
  staffNote: string | null;
  decidedBy: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface MealApplicationMemberTable {
  id: Id;
  mealApplicationId: number;
  position: number;
  name: string;
  studentId: number | null;
}

export interface MealApplicationIncomeTable {
  id: Id;
  mealApplicationMemberId: number;
  source: 'earnings' | 'support' | 'pension' | 'other';
  amountCents: number;
  frequency: 'weekly' | 'every_two_weeks' | 'twice_a_month' | 'monthly' | 'yearly';
}

export interface StudentDocumentTable {
  id: Id;
  districtId: number;
  studentId: number;
  schoolYearId: number;
  kind: 'report_card' | 'document';
  title: string;
  fileName: string;
  byteSize: number;
  sha256: string;
  content: Uint8Array;
  createdAt: string;
}

/**
 * The money tables are in money-schema.ts, merged into Database from there;
 * the import below brings them into every program that reads this file.
 */
export interface Database {
  syncClock: SyncClockTable;
  tombstone: TombstoneTable;
  district: DistrictTable;
  school: SchoolTable;
  schoolYear: SchoolYearTable;
  term: TermTable;
  gradingPeriod: GradingPeriodTable;
  calendar: CalendarTable;
  calendarDay: CalendarDayTable;
  bellSchedule: BellScheduleTable;
  period: PeriodTable;
  bellSchedulePeriod: BellSchedulePeriodTable;
  course: CourseTable;
  staff: StaffTable;
  section: SectionTable;
  sectionPeriod: SectionPeriodTable;
  sectionStaff: SectionStaffTable;
  student: StudentTable;
  guardian: GuardianTable;
  guardianStudent: GuardianStudentTable;
  enrollment: EnrollmentTable;
  sectionPlacement: SectionPlacementTable;
  assignment: AssignmentTable;
  score: ScoreTable;
  grade: GradeTable;
  attendanceEvent: AttendanceEventTable;
  account: AccountTable;
  activationKey: ActivationKeyTable;
  loginSession: LoginSessionTable;
  excuse: ExcuseTable;
  absenceRequest: AbsenceRequestTable;
  absenceRequestStudent: AbsenceRequestStudentTable;
  absenceRequestChange: AbsenceRequestChangeTable;
  idempotencyKey: IdempotencyKeyTable;
  notification: NotificationTable;
  pushSubscription: PushSubscriptionTable;
  serverSetting: ServerSettingTable;
  districtDirectory: DistrictDirectoryTable;
  notificationSetting: NotificationSettingTable;
  contactPreference: ContactPreferenceTable;
  accountToken: AccountTokenTable;
  kioskDevice: KioskDeviceTable;
  mealApplication: MealApplicationTable;
  mealApplicationMember: MealApplicationMemberTable;
  mealApplicationIncome: MealApplicationIncomeTable;
  studentDocument: StudentDocumentTable;
}

export type District = Selectable<DistrictTable>;

import type {} from './money-schema.ts';
