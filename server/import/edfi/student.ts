import type { ImportContext } from './context.ts';
import type { Interchange } from './interchange.ts';
import type { XmlElement } from './reader.ts';
import { isoDate, required } from './references.ts';

/** Student.xml: the students, with the names their families use. */
export const studentInterchange: Interchange = {
  root: 'InterchangeStudent',
  records: { Student: student },
};

function student(record: XmlElement, context: ImportContext): void {
  const sourceId = required(record, 'StudentUniqueId');
  const id = context.write('student', {
    district_id: context.district,
    source_id: sourceId,
    first_name: required(record, 'Name/FirstName', 'first name'),
    middle_name: record.value('Name/MiddleName'),
    last_name: required(record, 'Name/LastSurname', 'last name'),
    preferred_name: record.value('Name/PreferredFirstName'),
    birth_date: isoDate(record.value('BirthData/BirthDate'), 'BirthDate'),
  });
  context.students.set(sourceId, id);
  context.report.record('students');
}
