import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { openPortalDatabase } from '../../server/db/database.ts';
import { importEdFi } from '../../server/import/edfi/import.ts';

// A fictional school with one section, two students and a gradebook.
const ns = 'xmlns="http://ed-fi.org/5.2.0"';
const school = (id = '700001001') =>
  `<SchoolReference><SchoolIdentity><SchoolId>${id}</SchoolId></SchoolIdentity></SchoolReference>`;
const session = `<SessionReference><SessionIdentity><SessionName>Term 1</SessionName>
  <SchoolYear>2031-2032</SchoolYear>${school()}</SessionIdentity></SessionReference>`;
const sectionReference = `<SectionReference><SectionIdentity>
  <SectionIdentifier>SCI-1-A</SectionIdentifier>
  <CourseOfferingReference><CourseOfferingIdentity>
    <LocalCourseCode>SCI-1</LocalCourseCode>${school()}${session}
  </CourseOfferingIdentity></CourseOfferingReference>
</SectionIdentity></SectionReference>`;
const studentReference = (id: string) =>
  `<StudentReference><StudentIdentity><StudentUniqueId>${id}</StudentUniqueId></StudentIdentity></StudentReference>`;

const files: Record<string, string> = {
  'org.xml': `<InterchangeEducationOrganization ${ns}>
  <LocalEducationAgency><NameOfInstitution>Juniper Flats District</NameOfInstitution>
    <LocalEducationAgencyId>700001</LocalEducationAgencyId></LocalEducationAgency>
  <School><NameOfInstitution>Juniper Flats Middle</NameOfInstitution><SchoolId>700001001</SchoolId></School>
  <Course><CourseCode>SCI-1</CourseCode><CourseTitle>Earth Science</CourseTitle>
    <AcademicSubject>uri://ed-fi.org/AcademicSubjectDescriptor#Science</AcademicSubject>
    <EducationOrganizationReference><EducationOrganizationIdentity>
      <EducationOrganizationId>700001001</EducationOrganizationId>
    </EducationOrganizationIdentity></EducationOrganizationReference></Course>
  <ClassPeriod>${school()}<ClassPeriodName>3 - Third</ClassPeriodName>
    <MeetingTime><StartTime>10:05:00</StartTime><EndTime>10:55:00</EndTime></MeetingTime></ClassPeriod>
</InterchangeEducationOrganization>`,
  'calendar.xml': `<InterchangeEducationOrgCalendar ${ns}>
  <GradingPeriod id="GP1">${school()}<GradingPeriodName>First Quarter</GradingPeriodName>
    <PeriodSequence>1</PeriodSequence><SchoolYear>2031-2032</SchoolYear>
    <BeginDate>2031-09-01</BeginDate><EndDate>2031-10-31</EndDate></GradingPeriod>
  <Session><SessionName>Term 1</SessionName><SchoolYear>2031-2032</SchoolYear>
    <BeginDate>2031-09-01</BeginDate><EndDate>2031-12-19</EndDate>${school()}
    <GradingPeriodReference ref="GP1"/></Session>
</InterchangeEducationOrgCalendar>`,
  'schedule.xml': `<InterchangeMasterSchedule ${ns}>
  <Section><SectionIdentifier>SCI-1-A</SectionIdentifier>
    <CourseOfferingReference><CourseOfferingIdentity><LocalCourseCode>SCI-1</LocalCourseCode>
      ${school()}${session}</CourseOfferingIdentity></CourseOfferingReference>
    <LocationReference><LocationIdentity>${school()}
      <ClassroomIdentificationCode>Lab 2</ClassroomIdentificationCode></LocationIdentity></LocationReference>
    <ClassPeriodReference><ClassPeriodIdentity>${school()}
      <ClassPeriodName>3 - Third</ClassPeriodName></ClassPeriodIdentity></ClassPeriodReference>
  </Section>
</InterchangeMasterSchedule>`,
  'students.xml': `<InterchangeStudent ${ns}>
  <Student><StudentUniqueId>J1</StudentUniqueId><Name><FirstName>Ivy</FirstName>
    <LastSurname>Marsh</LastSurname></Name></Student>
  <Student><StudentUniqueId>J2</StudentUniqueId><Name><FirstName>Oren</FirstName>
    <LastSurname>Reed</LastSurname></Name></Student>
</InterchangeStudent>`,
  'enrollment.xml': `<InterchangeStudentEnrollment ${ns}>
  <StudentSchoolAssociation>${studentReference('J2')}${school()}
    <EntryDate>2031-09-15</EntryDate>
    <EntryGradeLevel>uri://ed-fi.org/GradeLevelDescriptor#Seventh grade</EntryGradeLevel>
  </StudentSchoolAssociation>
</InterchangeStudentEnrollment>`,
  'gradebook.xml': `<InterchangeStudentGradebook ${ns}>
  <GradebookEntry><GradebookEntryIdentifier>QUIZ-1</GradebookEntryIdentifier>
    <Namespace>uri://juniper.example/gradebook</Namespace>${sectionReference}
    <DateAssigned>2031-09-08</DateAssigned><Title>Rocks quiz</Title><DueDate>2031-09-10</DueDate>
    <GradebookEntryType>uri://ed-fi.org/GradebookEntryTypeDescriptor#Quiz</GradebookEntryType>
    <MaxPoints>20</MaxPoints></GradebookEntry>
  <StudentGradebookEntry><GradebookEntryReference><GradebookEntryIdentity>
      <GradebookEntryIdentifier>QUIZ-1</GradebookEntryIdentifier>
      <Namespace>uri://juniper.example/gradebook</Namespace></GradebookEntryIdentity></GradebookEntryReference>
    ${studentReference('J1')}<NumericGradeEarned>18</NumericGradeEarned>
    <SubmissionStatus>uri://ed-fi.org/SubmissionStatusDescriptor#Graded</SubmissionStatus>
    <AssignmentLateStatus>uri://ed-fi.org/AssignmentLateStatusDescriptor#Late</AssignmentLateStatus>
  </StudentGradebookEntry>
  <StudentGradebookEntry><GradebookEntryReference><GradebookEntryIdentity>
      <GradebookEntryIdentifier>QUIZ-1</GradebookEntryIdentifier>
      <Namespace>uri://juniper.example/gradebook</Namespace></GradebookEntryIdentity></GradebookEntryReference>
    ${studentReference('J2')}
    <SubmissionStatus>uri://ed-fi.org/SubmissionStatusDescriptor#Missing</SubmissionStatus>
  </StudentGradebookEntry>
</InterchangeStudentGradebook>`,
};

const sectionAttendance = `<InterchangeStudentAttendance ${ns}>
  <StudentSectionAttendanceEvent>
    <AttendanceEvent><EventDate>2031-09-09</EventDate>
      <AttendanceEventCategory>uri://ed-fi.org/AttendanceEventCategoryDescriptor#Early departure</AttendanceEventCategory>
    </AttendanceEvent>
    ${studentReference('J1')}${sectionReference}
    <DepartureTime>10:30:00</DepartureTime><SectionAttendanceDuration>25</SectionAttendanceDuration>
  </StudentSectionAttendanceEvent>
</InterchangeStudentAttendance>`;

const cleanup: string[] = [];
after(() => cleanup.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'portal-edfi-gradebook-'));
  cleanup.push(dir);
  return dir;
}

async function importAll(only?: string[]) {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) {
    if (!only || only.includes(name)) writeFileSync(join(dir, name), text);
  }
  const opened = await openPortalDatabase(join(tempDir(), 'portal.db'));
  return { opened, dir, summary: await importEdFi(opened, dir) };
}

test('gradebook entries become assignments and scores with their flags', async () => {
  const { opened, summary } = await importAll();
  const { sqlite } = opened;

  assert.deepEqual(summary.skipped, []);
  assert.equal(summary.assignments, 1);
  assert.equal(summary.scores, 2);
  const assignment = sqlite
    .prepare(`SELECT title, category, due_date, points_possible, grading_period_id
      FROM assignment`)
    .get();
  assert.deepEqual(assignment, {
    title: 'Rocks quiz',
    category: 'Quiz',
    due_date: '2031-09-10',
    points_possible: 20,
    grading_period_id: 1,
  });
  const scores = sqlite
    .prepare('SELECT student_id, points, missing, late, turned_in FROM score ORDER BY student_id')
    .all();
  assert.deepEqual(scores, [
    { student_id: 1, points: 18, missing: 0, late: 1, turned_in: 1 },
    { student_id: 2, points: null, missing: 1, late: 0, turned_in: 0 },
  ]);
  const section = sqlite.prepare('SELECT room FROM section').get();
  assert.deepEqual(section, { room: 'Lab 2' });
  const period = sqlite.prepare('SELECT name, sequence, start_time, end_time FROM period').get();
  assert.deepEqual(period, { name: '3 - Third', sequence: 3, start_time: '10:05', end_time: '10:55' });
  const gradingPeriod = sqlite.prepare('SELECT term_id FROM grading_period').get();
  assert.deepEqual(gradingPeriod, { term_id: 1 });
  await opened.db.destroy();
});

test('scores place students in sections; the SIS enrollment wins over an inferred one', async () => {
  const { opened, summary } = await importAll();
  const { sqlite } = opened;

  const placements = sqlite
    .prepare('SELECT student_id, section_id, inferred FROM section_placement ORDER BY student_id')
    .all();
  assert.deepEqual(placements, [
    { student_id: 1, section_id: 1, inferred: 1 },
    { student_id: 2, section_id: 1, inferred: 1 },
  ]);
  const enrollments = sqlite
    .prepare(`SELECT student_id, grade_level, start_date, inferred
      FROM enrollment ORDER BY student_id`)
    .all();
  assert.deepEqual(enrollments, [
    { student_id: 1, grade_level: null, start_date: '2031-09-01', inferred: 1 },
    { student_id: 2, grade_level: 'Seventh grade', start_date: '2031-09-15', inferred: 0 },
  ]);
  assert.equal(summary.inferred.enrollments, 1);
  assert.equal(summary.inferred.sectionPlacements, 2);
  await opened.db.destroy();
});

test('a later export with only a gradebook uses the district already imported', async () => {
  const { opened } = await importAll(['org.xml', 'calendar.xml', 'schedule.xml', 'students.xml']);
  const dir = tempDir();
  writeFileSync(join(dir, 'gradebook.xml'), files['gradebook.xml']!);

  const summary = await importEdFi(opened, dir);

  assert.equal(summary.district, 'Juniper Flats District');
  assert.equal(summary.scores, 2);
  assert.deepEqual(summary.skipped, []);
  await opened.db.destroy();
});

test('a section attendance event names its section, school and term', async () => {
  const { opened, dir } = await importAll();
  writeFileSync(join(dir, 'attendance.xml'), sectionAttendance);

  const summary = await importEdFi(opened, dir);

  assert.deepEqual(summary.skipped, []);
  assert.equal(summary.attendanceEvents, 1);
  const event = opened.sqlite
    .prepare(`SELECT section_id, school_id, term_id, category, departure_time, minutes
      FROM attendance_event`)
    .get();
  assert.deepEqual(event, {
    section_id: 1,
    school_id: 1,
    term_id: 1,
    category: 'early_departure',
    departure_time: '10:30',
    minutes: 25,
  });
  await opened.db.destroy();
});
