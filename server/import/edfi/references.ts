import type { XmlElement } from './reader.ts';

/**
 * Ed-Fi references name the record they point at by its natural key
 * (SessionIdentity: school, school year, session name). These read them,
 * and build our `source_id` from the same parts, joined with "|".
 */

export class SkipRecord extends Error {}

export function required(record: XmlElement, path: string, what = path): string {
  const value = record.value(path);
  if (value === null) throw new SkipRecord(`no ${what}`);
  return value;
}

/** "2021-2022" as is; a bare "2022" is the year that ends in 2022. */
export function schoolYearName(value: string | null): string | null {
  if (value === null) return null;
  const text = value.trim();
  if (/^\d{4}-\d{4}$/.test(text)) return text;
  if (/^\d{4}$/.test(text)) return `${Number(text) - 1}-${text}`;
  return null;
}

export function requiredSchoolYear(record: XmlElement, path: string): string {
  const raw = record.value(path);
  const name = schoolYearName(raw);
  if (name === null) {
    throw new SkipRecord(
      raw === null ? 'no school year' : `school year "${raw}" is not like 2021-2022`,
    );
  }
  return name;
}

/** A date as YYYY-MM-DD, or a skip when it is not one. */
export function isoDate(value: string | null, what: string): string | null {
  if (value === null) return null;
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(value);
  const date = match?.[1];
  if (!date || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) {
    throw new SkipRecord(`${what} "${value}" is not a date`);
  }
  return date;
}

export function requiredDate(record: XmlElement, path: string, what: string): string {
  const date = isoDate(record.value(path), what);
  if (date === null) throw new SkipRecord(`no ${what}`);
  return date;
}

/** "08:35:00" becomes "08:35". */
export function clockTime(value: string | null): string | null {
  if (value === null) return null;
  const match = /^(\d{1,2}):(\d{2})/.exec(value);
  if (!match) return null;
  return `${match[1]!.padStart(2, '0')}:${match[2]}`;
}

export function number(value: string | null): number | null {
  if (value === null) return null;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : null;
}

export function schoolOf(reference: XmlElement | undefined): string | null {
  return reference?.value('SchoolIdentity/SchoolId') ?? null;
}

export interface SessionKey {
  schoolId: string;
  schoolYear: string;
  sessionName: string;
}

/** A SessionReference (or a SessionIdentity's parent). */
export function sessionOf(reference: XmlElement | undefined): SessionKey | null {
  const identity = reference?.find('SessionIdentity');
  if (!identity) return null;
  const schoolId = schoolOf(identity.find('SchoolReference'));
  const schoolYear = schoolYearName(identity.value('SchoolYear'));
  const sessionName = identity.value('SessionName');
  if (!schoolId || !schoolYear || !sessionName) return null;
  return { schoolId, schoolYear, sessionName };
}

export function termSourceId(schoolYear: string, sessionName: string): string {
  return `${schoolYear}|${sessionName}`;
}

export interface SectionKey {
  session: SessionKey;
  localCourseCode: string;
  sectionIdentifier: string;
}

/** A SectionReference: the section identifier within its course offering. */
export function sectionOf(reference: XmlElement | undefined): SectionKey | null {
  const identity = reference?.find('SectionIdentity');
  const offering = identity?.find('CourseOfferingReference/CourseOfferingIdentity');
  const sectionIdentifier = identity?.value('SectionIdentifier');
  const localCourseCode = offering?.value('LocalCourseCode');
  const session = sessionOf(offering?.find('SessionReference'));
  if (!sectionIdentifier || !localCourseCode || !session) return null;
  return { session, localCourseCode, sectionIdentifier };
}

/** A section's identifier is unique only within its course offering. */
export function sectionSourceId(key: SectionKey): string {
  const { schoolYear, sessionName } = key.session;
  return `${schoolYear}|${sessionName}|${key.localCourseCode}|${key.sectionIdentifier}`;
}

export function courseSourceId(educationOrganizationId: string, courseCode: string): string {
  return `${educationOrganizationId}|${courseCode}`;
}

export function studentOf(reference: XmlElement | undefined): string | null {
  return reference?.value('StudentIdentity/StudentUniqueId') ?? null;
}
