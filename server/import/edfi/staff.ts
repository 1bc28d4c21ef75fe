import type { ImportContext } from './context.ts';
import { codeValue, staffRole } from './descriptors.ts';
import type { Interchange } from './interchange.ts';
import type { XmlElement } from './reader.ts';
import { required, SkipRecord } from './references.ts';

/**
 * StaffAssociation.xml: staff and who teaches which section. Employment,
 * credentials and leave are the district's business, not a parent's.
 */
export const staffAssociation: Interchange = {
  root: 'InterchangeStaffAssociation',
  records: {
    Staff: staff,
    StaffSectionAssociation: staffSection,
  },
};

function staff(record: XmlElement, context: ImportContext): void {
  const sourceId = required(record, 'StaffUniqueId');
  const id = context.write('staff', {
    district_id: context.district,
    source_id: sourceId,
    first_name: required(record, 'Name/FirstName', 'first name'),
    last_name: required(record, 'Name/LastSurname', 'last name'),
    title: record.value('Name/PersonalTitlePrefix'),
    email: workEmail(record),
  });
  context.staff.set(sourceId, id);
  context.report.record('staff');
}

/** Parents write to a teacher's work address where the export has one. */
function workEmail(record: XmlElement): string | null {
  const emails = record.findAll('ElectronicMail');
  const work =
    emails.find((e) => codeValue(e.value('ElectronicMailType')) === 'Work') ?? emails[0];
  return work?.value('ElectronicMailAddress') ?? null;
}

function staffSection(record: XmlElement, context: ImportContext): void {
  const staffSource = required(record, 'StaffReference/StaffIdentity/StaffUniqueId', 'staff');
  const staffId = context.staff.get(staffSource);
  if (staffId === undefined) throw new SkipRecord(`unknown staff ${staffSource}`);
  const section = context.section(record.find('SectionReference'));
  context.write('section_staff', {
    district_id: context.district,
    section_id: section.id,
    staff_id: staffId,
    role: staffRole(record.value('ClassroomPosition')),
  });
  context.report.record('sectionStaff');
}
