import { defaultTimeZone, timeZoneOfState } from '../time-zones.ts';
import type { ImportContext } from './context.ts';
import { codeValue } from './descriptors.ts';
import type { Interchange } from './interchange.ts';
import type { XmlElement } from './reader.ts';
import { clockTime, courseSourceId, required, schoolOf, SkipRecord } from './references.ts';

/**
 * EducationOrganization.xml: the district (the local education agency), its
 * schools, courses and class periods. Locations need no table of their own:
 * a section names its room by ClassroomIdentificationCode.
 */
export const educationOrganization: Interchange = {
  root: 'InterchangeEducationOrganization',
  bufferedOrder: ['LocalEducationAgency', 'School', 'Course', 'ClassPeriod'],
  before: (records, context) => {
    if (!records.some((record) => record.name === 'LocalEducationAgency')) {
      context.useExistingDistrict();
    }
  },
  records: {
    LocalEducationAgency: district,
    School: school,
    Course: course,
    ClassPeriod: classPeriod,
  },
};

function district(record: XmlElement, context: ImportContext): void {
  const sourceId = required(record, 'LocalEducationAgencyId');
  const name = required(record, 'NameOfInstitution', 'NameOfInstitution (name)');
  const existing = context.districtSourceId;
  if (existing !== null && existing !== sourceId) {
    throw new SkipRecord(`a second district (${name}): import one district at a time`);
  }
  const address = physicalAddress(record);
  const state = codeValue(address?.value('StateAbbreviation') ?? null) ?? '';
  const stateZone = timeZoneOfState(state);
  if (!stateZone && !context.options.timeZone) {
    context.report.note(
      `no time zone known for state "${state}"; ` +
        `a new district gets ${defaultTimeZone} (use --time-zone)`,
    );
  }
  // An existing district keeps the time zone configured in the portal
  // unless the person importing names one.
  const override = context.options.timeZone ?? null;
  const row = context.sqlite
    .prepare<Record<string, string | null>, { id: number }>(
      `INSERT INTO district (source_id, name, state, time_zone, created_at)
       VALUES (@sourceId, @name, @state, @timeZone, @now)
       ON CONFLICT (source_id) DO UPDATE SET
         name = excluded.name,
         state = excluded.state,
         time_zone = coalesce(@override, time_zone)
       RETURNING id`,
    )
    .get({
      sourceId,
      name,
      state,
      timeZone: override ?? stateZone ?? defaultTimeZone,
      now: new Date().toISOString(),
      override,
    });
  if (!row) throw new Error('district was not written');
  context.districtId = row.id;
  context.districtSourceId = sourceId;
  context.report.district = name;
  context.loadExisting();
}

function school(record: XmlElement, context: ImportContext): void {
  const sourceId = required(record, 'SchoolId');
  const districtId = context.district;
  const agency = record.value(
    'LocalEducationAgencyReference/LocalEducationAgencyIdentity/LocalEducationAgencyId',
  );
  const ours = context.districtSourceId;
  if (agency !== null && ours !== null && agency !== ours) {
    throw new SkipRecord(`school ${sourceId} belongs to another district (${agency})`);
  }
  const address = physicalAddress(record);
  const id = context.write('school', {
    district_id: districtId,
    source_id: sourceId,
    name: required(record, 'NameOfInstitution', 'NameOfInstitution (name)'),
    phone: mainPhone(record),
    address: address ? addressLine(address) : null,
  });
  context.schools.set(sourceId, id);
  context.report.record('schools');
}

function course(record: XmlElement, context: ImportContext): void {
  const code = required(record, 'CourseCode');
  const owner = required(
    record,
    'EducationOrganizationReference/EducationOrganizationIdentity/EducationOrganizationId',
    'EducationOrganizationReference',
  );
  const sourceId = courseSourceId(owner, code);
  const id = context.write('course', {
    district_id: context.district,
    source_id: sourceId,
    school_id: context.schools.get(owner) ?? null,
    code,
    title: required(record, 'CourseTitle'),
    subject: codeValue(record.value('AcademicSubject')),
  });
  context.courses.set(sourceId, id);
  context.report.record('courses');
}

function classPeriod(record: XmlElement, context: ImportContext): void {
  const schoolId = context.school(schoolOf(record.find('SchoolReference')));
  const name = required(record, 'ClassPeriodName');
  // A period that meets at several times keeps its first as the usual one.
  const times = record
    .findAll('MeetingTime')
    .map((time) => ({
      start: clockTime(time.value('StartTime')),
      end: clockTime(time.value('EndTime')),
    }))
    .sort((a, b) => (a.start ?? '').localeCompare(b.start ?? ''));
  const id = context.write('period', {
    district_id: context.district,
    school_id: schoolId,
    source_id: name,
    name,
    sequence: Number(/^\d+/.exec(name)?.[0] ?? 0),
    start_time: times[0]?.start ?? null,
    end_time: times[0]?.end ?? null,
  });
  context.periods.set(`${schoolId}|${name}`, id);
  context.report.record('periods');
}

function physicalAddress(record: XmlElement): XmlElement | undefined {
  const addresses = record.findAll('Address');
  return (
    addresses.find((a) => codeValue(a.value('AddressType')) === 'Physical') ?? addresses[0]
  );
}

function addressLine(address: XmlElement): string | null {
  const state = codeValue(address.value('StateAbbreviation'));
  const cityLine = [address.value('City'), [state, address.value('PostalCode')]
    .filter(Boolean)
    .join(' ')]
    .filter(Boolean)
    .join(', ');
  const street = [address.value('StreetNumberName'), address.value('ApartmentRoomSuiteNumber')];
  const line = [...street, cityLine].filter(Boolean).join(', ');
  return line || null;
}

function mainPhone(record: XmlElement): string | null {
  const phones = record.findAll('InstitutionTelephone');
  const main =
    phones.find((p) => codeValue(p.value('InstitutionTelephoneNumberType')) === 'Main') ??
    phones[0];
  return main?.value('TelephoneNumber') ?? null;
}
