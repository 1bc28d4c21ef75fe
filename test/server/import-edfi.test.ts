import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';
import { openPortalDatabase } from '../../server/db/database.ts';
import { importEdFi } from '../../server/import/edfi/import.ts';

// A tiny fictional district, written here so the tests own their data.
const ns = 'xmlns="http://ed-fi.org/5.2.0"';
const school = `<SchoolReference><SchoolIdentity><SchoolId>900001001</SchoolId></SchoolIdentity></SchoolReference>`;

const educationOrganization = `<?xml version="1.0" encoding="UTF-8"?>
<InterchangeEducationOrganization ${ns}>
  <LocalEducationAgency id="LEA_1">
    <NameOfInstitution>Maple Hollow Unified</NameOfInstitution>
    <Address>
      <StreetNumberName>1 Orchard Lane</StreetNumberName>
      <City>Maple Hollow</City>
      <StateAbbreviation>uri://ed-fi.org/StateAbbreviationDescriptor#OR</StateAbbreviation>
      <PostalCode>97999</PostalCode>
      <AddressType>uri://ed-fi.org/AddressTypeDescriptor#Physical</AddressType>
    </Address>
    <LocalEducationAgencyId>900001</LocalEducationAgencyId>
  </LocalEducationAgency>
  <School>
    <NameOfInstitution>Maple Hollow Elementary</NameOfInstitution>
    <SchoolId>900001001</SchoolId>
  </School>
</InterchangeEducationOrganization>
`;

const calendar = `<?xml version="1.0" encoding="UTF-8"?>
<InterchangeEducationOrgCalendar ${ns}>
  <Session>
    <SessionName>Autumn</SessionName>
    <SchoolYear>2030-2031</SchoolYear>
    <BeginDate>2030-08-26</BeginDate>
    <EndDate>2030-09-06</EndDate>
    <Term>uri://ed-fi.org/TermDescriptor#Fall Semester</Term>
    ${school}
  </Session>
  <Calendar>
    <CalendarCode>MAIN</CalendarCode>
    ${school}
    <SchoolYear>2030-2031</SchoolYear>
  </Calendar>
  <CalendarDate>
    <Date>2030-09-02</Date>
    <CalendarEvent>uri://ed-fi.org/CalendarEventDescriptor#Holiday</CalendarEvent>
    <CalendarReference><CalendarIdentity>
      <CalendarCode>MAIN</CalendarCode>${school}<SchoolYear>2030-2031</SchoolYear>
    </CalendarIdentity></CalendarReference>
  </CalendarDate>
</InterchangeEducationOrgCalendar>
`;

function student(id: string, first: string | null, last: string): string {
  const firstName = first === null ? '' : `<FirstName>${first}</FirstName>`;
  return `  <Student>
    <StudentUniqueId>${id}</StudentUniqueId>
    <Name>${firstName}<LastSurname>${last}</LastSurname></Name>
    <BirthData><BirthDate>2022-03-04</BirthDate></BirthData>
  </Student>
`;
}

function students(...records: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<InterchangeStudent ${ns}>\n${records.join('')}</InterchangeStudent>\n`;
}

// The link comes before its contact: a `ref` may point forward.
const contacts = `<?xml version="1.0" encoding="UTF-8"?>
<InterchangeContact ${ns}>
  <StudentContactAssociation>
    <StudentReference><StudentIdentity><StudentUniqueId>S1</StudentUniqueId></StudentIdentity></StudentReference>
    <ContactReference ref="C_1"/>
    <Relation>uri://ed-fi.org/RelationDescriptor#Grandmother</Relation>
    <LivesWith>true</LivesWith>
    <EmergencyContactStatus>false</EmergencyContactStatus>
  </StudentContactAssociation>
  <Contact id="C_1">
    <ContactUniqueId>G1</ContactUniqueId>
    <Name><FirstName>Wren</FirstName><LastSurname>Alder</LastSurname></Name>
  </Contact>
</InterchangeContact>
`;

function attendanceEvent(studentId: string, category: string, line = ''): string {
  return `  <StudentSchoolAttendanceEvent>
    <AttendanceEvent>
      <EventDate>2030-08-28</EventDate>
      <AttendanceEventCategory>uri://ed-fi.org/AttendanceEventCategoryDescriptor#${category}</AttendanceEventCategory>
      <AttendanceEventReason>Dentist${line}</AttendanceEventReason>
    </AttendanceEvent>
    <StudentReference><StudentIdentity><StudentUniqueId>${studentId}</StudentUniqueId></StudentIdentity></StudentReference>
    ${school}
    <SessionReference><SessionIdentity>
      <SessionName>Autumn</SessionName><SchoolYear>2030-2031</SchoolYear>${school}
    </SessionIdentity></SessionReference>
  </StudentSchoolAttendanceEvent>
`;
}

function attendance(...events: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<InterchangeStudentAttendance ${ns}>\n${events.join('')}</InterchangeStudentAttendance>\n`;
}

const cleanup: string[] = [];
after(() => cleanup.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'portal-edfi-'));
  cleanup.push(dir);
  return dir;
}

function writeExport(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
}

function baseExport(): Record<string, string> {
  return {
    'EducationOrganization.xml': educationOrganization,
    'EducationOrgCalendar.xml': calendar,
    'Student.xml': students(student('S1', 'Ada', 'Birch'), student('S2', 'Cy', 'Cedar')),
    'Contact.xml': contacts,
    'StudentSchoolAttendance.xml': attendance(attendanceEvent('S1', 'Excused Absence')),
  };
}

async function importFixture(files: Record<string, string>) {
  const dir = tempDir();
  writeExport(dir, files);
  const opened = await openPortalDatabase(join(tempDir(), 'portal.db'));
  const summary = await importEdFi(opened, dir);
  return { dir, opened, summary };
}

test('a partial export is imported and the rest inferred', async () => {
  const { opened, summary } = await importFixture(baseExport());
  const { sqlite } = opened;

  assert.deepEqual(summary.skipped, []);
  assert.equal(summary.schools, 1);
  assert.equal(summary.students, 2);
  assert.equal(summary.guardians, 1);
  assert.equal(summary.guardianLinks, 1);
  assert.equal(summary.attendanceEvents, 1);
  const district = sqlite.prepare('SELECT name, state, time_zone FROM district').get();
  assert.deepEqual(district, {
    name: 'Maple Hollow Unified',
    state: 'OR',
    time_zone: 'America/Los_Angeles',
  });
  const link = sqlite.prepare('SELECT relation, lives_with, emergency_contact, portal_access FROM guardian_student').get();
  assert.deepEqual(link, { relation: 'grandmother', lives_with: 1, emergency_contact: 0, portal_access: 1 });
  const event = sqlite.prepare('SELECT category, excuse, code, comment, term_id FROM attendance_event').get();
  assert.deepEqual(event, { category: 'absence', excuse: 'excused', code: 'Excused Absence', comment: 'Dentist', term_id: 1 });

  // The attendance event ties Ada to the school; Cy has no tie.
  const enrollments = sqlite.prepare('SELECT student_id, start_date, inferred FROM enrollment').all();
  assert.deepEqual(enrollments, [{ student_id: 1, start_date: '2030-08-26', inferred: 1 }]);
  assert.equal(summary.inferred.enrollments, 1);

  // Two weeks of weekdays, the Labor Day holiday kept as the export says.
  const days = sqlite.prepare('SELECT date, kind, inferred FROM calendar_day ORDER BY date').all() as {
    date: string;
    kind: string;
    inferred: number;
  }[];
  assert.equal(days.length, 10);
  assert.deepEqual(days.find((day) => day.date === '2030-09-02'), {
    date: '2030-09-02',
    kind: 'holiday',
    inferred: 0,
  });
  assert.equal(days.filter((day) => day.inferred === 1 && day.kind === 'instructional').length, 9);
  assert.equal(summary.inferred.calendarDays, 9);
  await opened.db.destroy();
});

test('a changed record is updated and nothing else is touched', async () => {
  const files = baseExport();
  const { dir, opened } = await importFixture(files);
  const { sqlite } = opened;
  const versions = () =>
    sqlite.prepare('SELECT source_id, first_name, version FROM student ORDER BY source_id').all() as {
      source_id: string;
      first_name: string;
      version: number;
    }[];
  const before = versions();

  writeExport(dir, { 'Student.xml': students(student('S1', 'Adelaide', 'Birch'), student('S2', 'Cy', 'Cedar')) });
  const summary = await importEdFi(opened, dir);

  assert.equal(summary.inserted, 0);
  assert.equal(summary.updated, 1);
  const now = versions();
  assert.equal(now[0]?.first_name, 'Adelaide');
  assert.ok(now[0]!.version > before[0]!.version);
  assert.equal(now[1]?.version, before[1]?.version);
  await opened.db.destroy();
});

test('bad records are skipped with file, line and reason, the rest imported', async () => {
  const files = baseExport();
  files['Student.xml'] = students(student('S1', 'Ada', 'Birch'), student('S2', null, 'Cedar'));
  files['StudentSchoolAttendance.xml'] = attendance(
    attendanceEvent('S1', 'Tardy'),
    attendanceEvent('S9', 'Excused Absence'),
    attendanceEvent('S1', 'Sunny Day'),
  );
  const { opened, summary } = await importFixture(files);

  assert.equal(summary.students, 1);
  assert.equal(summary.attendanceEvents, 1);
  assert.deepEqual(summary.skipped, [
    { file: 'Student.xml', line: 8, reason: 'no first name' },
    { file: 'StudentSchoolAttendance.xml', line: 15, reason: 'unknown student S9' },
    { file: 'StudentSchoolAttendance.xml', line: 27, reason: 'unknown attendance category "Sunny Day"' },
  ]);
  await opened.db.destroy();
});

test('a file that is not well-formed XML is reported and the other files imported', async () => {
  const files = baseExport();
  files['Student.xml'] = students(student('S1', 'Ada', 'Birch')).replace('</Student>', '</Pupil>');
  const { opened, summary } = await importFixture(files);

  assert.equal(summary.schools, 1);
  assert.equal(summary.guardians, 1);
  const [skip] = summary.skipped.filter((s) => s.file === 'Student.xml');
  assert.match(skip?.reason ?? '', /not well-formed XML/);
  assert.equal(skip?.line, 7);
  assert.equal(summary.students, 0);
  await opened.db.destroy();
});

test('the time zone can be named; an existing district keeps its own', async () => {
  const dir = tempDir();
  writeExport(dir, baseExport());
  const opened = await openPortalDatabase(join(tempDir(), 'portal.db'));
  const zone = () =>
    (opened.sqlite.prepare('SELECT time_zone FROM district').get() as { time_zone: string }).time_zone;

  await importEdFi(opened, dir, { timeZone: 'America/Boise' });
  assert.equal(zone(), 'America/Boise');
  await importEdFi(opened, dir);
  assert.equal(zone(), 'America/Boise');
  await opened.db.destroy();
});

test('--prune removes links and events a complete export no longer has', async () => {
  const { dir, opened } = await importFixture(baseExport());
  const { sqlite } = opened;
  const count = (table: string) =>
    (sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const withoutLink = contacts.replace(/<StudentContactAssociation>[\s\S]*<\/StudentContactAssociation>/, '');
  writeExport(dir, { 'Contact.xml': withoutLink });

  const kept = await importEdFi(opened, dir);
  assert.equal(kept.removed, 0);
  assert.equal(count('guardian_student'), 1);

  const pruned = await importEdFi(opened, dir, { prune: true });
  assert.equal(pruned.removed, 1);
  assert.equal(count('guardian_student'), 0);
  assert.equal(count('attendance_event'), 1);
  const tombstone = sqlite.prepare('SELECT entity FROM tombstone').get();
  assert.deepEqual(tombstone, { entity: 'guardian_student' });
  await opened.db.destroy();
});

test('--prune leaves a table alone when its file had a bad record', async () => {
  const { dir, opened } = await importFixture(baseExport());
  writeExport(dir, {
    'StudentSchoolAttendance.xml': attendance(attendanceEvent('S9', 'Tardy')),
  });

  const summary = await importEdFi(opened, dir, { prune: true });

  assert.equal(summary.removed, 0);
  assert.match(summary.notes.join('\n'), /attendance_event not pruned/);
  const events = opened.sqlite.prepare('SELECT count(*) AS n FROM attendance_event').get();
  assert.deepEqual(events, { n: 1 });
  await opened.db.destroy();
});

test('an export without its district is refused when the database has none', async () => {
  const dir = tempDir();
  writeExport(dir, { 'Student.xml': students(student('S1', 'Ada', 'Birch')) });
  const opened = await openPortalDatabase(join(tempDir(), 'portal.db'));

  await assert.rejects(importEdFi(opened, dir), /import the district first/);
  await opened.db.destroy();
});

test('an export whose district cannot be read stops with the reason', async () => {
  const files = baseExport();
  files['EducationOrganization.xml'] = educationOrganization.replace(
    '<LocalEducationAgencyId>900001</LocalEducationAgencyId>',
    '',
  );
  const dir = tempDir();
  writeExport(dir, files);
  const opened = await openPortalDatabase(join(tempDir(), 'portal.db'));

  await assert.rejects(
    importEdFi(opened, dir),
    /district could not be read \(EducationOrganization.xml:3: no LocalEducationAgencyId/,
  );
  await opened.db.destroy();
});

const repo = resolve(import.meta.dirname, '../..');

function runCli(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/import.ts', ...args], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, PORTAL_DB: join(tempDir(), 'unused.db') },
  });
}

test('the CLI with --json prints one JSON object and nothing else', () => {
  const dir = tempDir();
  writeExport(dir, baseExport());
  const db = join(tempDir(), 'portal.db');

  const run = runCli(['edfi', dir, '--db', db, '--json']);

  assert.equal(run.status, 0, run.stderr);
  const lines = run.stdout.trim().split('\n');
  assert.equal(lines.length, 1);
  const summary = JSON.parse(lines[0]!);
  for (const field of ['schools', 'students', 'guardians', 'guardianLinks', 'sections', 'attendanceEvents', 'assignments', 'scores']) {
    assert.ok(Number.isInteger(summary[field]), field);
  }
  assert.equal(summary.students, 2);
  assert.deepEqual(summary.skipped, []);
});

test('the CLI refuses bad arguments with exit code 2 and a usage message', () => {
  const run = runCli(['edfi']);
  assert.equal(run.status, 2);
  assert.match(run.stderr, /no directory given/);
  assert.match(run.stderr, /Usage: npm run import -- edfi <dir>/);
  assert.equal(runCli(['edfi', '.', '--bogus']).status, 2);
});

test('the CLI says so when the directory is missing or holds no interchange', () => {
  const missing = runCli(['edfi', join(tempDir(), 'nowhere')]);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /is not a directory/);

  const empty = runCli(['edfi', tempDir()]);
  assert.equal(empty.status, 1);
  assert.match(empty.stderr, /holds no Ed-Fi interchange files/);
});
