import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  attendanceTerms,
  calendarDayKind,
  codeValue,
  guardianRelation,
  scoreFlags,
} from '../../server/import/edfi/descriptors.ts';

const uri = (descriptor: string, code: string) => `uri://ed-fi.org/${descriptor}Descriptor#${code}`;

test('a descriptor URI is compared by its code value', () => {
  assert.equal(codeValue(uri('AttendanceEventCategory', 'Tardy')), 'Tardy');
  assert.equal(codeValue('Tardy'), 'Tardy');
  assert.equal(codeValue('uri://ed-fi.org/X#'), null);
});

test('attendance categories map to category and excuse', () => {
  const terms = (code: string, reason: string | null = null) =>
    attendanceTerms(uri('AttendanceEventCategory', code), reason);
  assert.deepEqual(terms('Excused Absence'), { category: 'absence', excuse: 'excused' });
  assert.deepEqual(terms('Unexcused Absence'), { category: 'absence', excuse: 'unexcused' });
  assert.deepEqual(terms('Tardy'), { category: 'tardy', excuse: 'unknown' });
  assert.deepEqual(terms('Early departure'), { category: 'early_departure', excuse: 'unknown' });
  assert.deepEqual(terms('In Attendance'), { category: 'present', excuse: 'unknown' });
  // The reason text says what the category leaves open.
  assert.deepEqual(terms('Partial', 'Absent excused'), { category: 'absence', excuse: 'excused' });
  assert.deepEqual(terms('Tardy', 'Late, unexcused'), { category: 'tardy', excuse: 'unexcused' });
  // A district's own code values are read by their words.
  assert.deepEqual(
    attendanceTerms('uri://district.example/AttendanceEventCategoryDescriptor#Unexcused Tardy >15', null),
    { category: 'tardy', excuse: 'unexcused' },
  );
  assert.equal(terms('Sunny Day'), null);
});

test('relations, calendar events and score statuses map to our terms', () => {
  assert.equal(guardianRelation(uri('Relation', 'Mother')), 'mother');
  assert.equal(guardianRelation(uri('Relation', 'Foster mother')), 'foster_parent');
  assert.equal(guardianRelation(uri('Relation', 'Legal Guardian')), 'guardian');
  assert.equal(guardianRelation(null), 'guardian');

  assert.equal(calendarDayKind([uri('CalendarEvent', 'Instructional day')]), 'instructional');
  assert.equal(
    calendarDayKind([uri('CalendarEvent', 'Instructional day'), uri('CalendarEvent', 'Holiday')]),
    'holiday',
  );
  assert.equal(calendarDayKind([uri('CalendarEvent', 'Teacher only day')]), 'teacher_only');
  assert.equal(calendarDayKind([uri('CalendarEvent', 'Strike')]), 'other');

  const late = scoreFlags(uri('SubmissionStatus', 'Graded'), uri('AssignmentLateStatus', 'Late'), true);
  assert.equal(late.turnedIn, 1);
  assert.equal(late.late, 1);
  const onTime = scoreFlags(uri('SubmissionStatus', 'Graded'), uri('AssignmentLateStatus', 'Not Late'), true);
  assert.equal(onTime.late, 0);
  const missing = scoreFlags(uri('SubmissionStatus', 'Missing'), null, false);
  assert.deepEqual(missing, { missing: 1, late: 0, turnedIn: 0, dropped: 0, incomplete: 0, exempt: 0 });
  assert.equal(scoreFlags(uri('SubmissionStatus', 'Exempt'), null, false).exempt, 1);
});
