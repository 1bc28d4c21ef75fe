/**
 * The columns the importer reads from each OneRoster file, and the other
 * spellings real exports use for them: OneRoster 1.0/1.1/1.2 renames,
 * Microsoft School Data Sync 2.1 names, and misspellings seen in the wild.
 * Every header read under another spelling is reported.
 */

export interface FileSpec {
  /** The manifest's name for the file: `file.users` names users.csv. */
  name: string;
  /** Columns the importer reads, as OneRoster 1.2 spells them. */
  columns: readonly string[];
  /** Columns without which no row of the file can be imported. */
  required: readonly string[];
  /** Other spellings of this file's columns (keys in lower case). */
  aliases?: Readonly<Record<string, string>>;
  /** Columns holding dates the portal keeps, read in the file's date order. */
  dates?: readonly string[];
}

const common = ['sourcedId', 'status', 'dateLastModified'] as const;

export const fileSpecs = {
  orgs: {
    name: 'orgs',
    columns: [...common, 'name', 'type', 'identifier', 'parentSourcedId'],
    required: ['sourcedId', 'name', 'type'],
    aliases: { parentid: 'parentSourcedId' },
  },
  academicSessions: {
    name: 'academicSessions',
    columns: [
      ...common,
      'title',
      'type',
      'startDate',
      'endDate',
      'parentSourcedId',
      'schoolYear',
    ],
    required: ['sourcedId', 'type', 'startDate', 'endDate'],
    aliases: { begindate: 'startDate', parentid: 'parentSourcedId' },
    dates: ['startDate', 'endDate'],
  },
  courses: {
    name: 'courses',
    columns: [
      ...common,
      'schoolYearSourcedId',
      'title',
      'courseCode',
      'orgSourcedId',
      'subjects',
    ],
    required: ['sourcedId', 'title'],
    // 1.0 said schoolYearId; SDS 2.1 says code and subject.
    aliases: {
      schoolyearid: 'schoolYearSourcedId',
      code: 'courseCode',
      subject: 'subjects',
    },
  },
  classes: {
    name: 'classes',
    columns: [
      ...common,
      'title',
      'courseSourcedId',
      'classCode',
      'location',
      'schoolSourcedId',
      'termSourcedIds',
      'periods',
    ],
    required: ['sourcedId', 'title', 'schoolSourcedId', 'termSourcedIds'],
    // SDS 2.1 names the school orgSourcedId and the terms sessionSourcedIds.
    aliases: {
      orgsourcedid: 'schoolSourcedId',
      sessionsourcedids: 'termSourcedIds',
      termsourcedid: 'termSourcedIds',
      code: 'classCode',
    },
  },
  users: {
    name: 'users',
    columns: [
      ...common,
      'orgSourcedIds',
      'role',
      'givenName',
      'familyName',
      'middleName',
      'preferredGivenName',
      'preferredMiddleName',
      'preferredFamilyName',
      'email',
      'agentSourcedIds',
      'grades',
      'primaryOrgSourcedId',
    ],
    required: ['sourcedId', 'givenName', 'familyName'],
    // 1.0 said agents; one SIS writes "preffered" for "preferred".
    aliases: {
      agents: 'agentSourcedIds',
      agentsourcedid: 'agentSourcedIds',
      grade: 'grades',
      orgsourcedid: 'orgSourcedIds',
      preffered_givenname: 'preferredGivenName',
      prefferedgivenname: 'preferredGivenName',
      preferredfirstname: 'preferredGivenName',
      prefferedmiddlename: 'preferredMiddleName',
      prefferedfamilyname: 'preferredFamilyName',
    },
  },
  roles: {
    name: 'roles',
    columns: [
      ...common,
      'userSourcedId',
      'roleType',
      'role',
      'beginDate',
      'endDate',
      'orgSourcedId',
      'sessionSourcedId',
      'grade',
    ],
    required: ['userSourcedId', 'role', 'orgSourcedId'],
    // SDS 2.1 roles: isPrimary, roleStartDate, roleEndDate.
    aliases: {
      rolestartdate: 'beginDate',
      roleenddate: 'endDate',
      startdate: 'beginDate',
      grades: 'grade',
    },
    dates: ['beginDate', 'endDate'],
  },
  relationships: {
    name: 'relationships',
    columns: ['userSourcedId', 'relationshipUserSourcedId', 'relationshipRole'],
    required: ['userSourcedId', 'relationshipUserSourcedId', 'relationshipRole'],
  },
  demographics: {
    name: 'demographics',
    columns: [...common, 'birthDate'],
    required: ['sourcedId', 'birthDate'],
    // 1.0 and SDS 2.1 name the user userSourcedId.
    aliases: { usersourcedid: 'sourcedId', birthdate: 'birthDate', dateofbirth: 'birthDate' },
    dates: ['birthDate'],
  },
  enrollments: {
    name: 'enrollments',
    columns: [
      ...common,
      'classSourcedId',
      'schoolSourcedId',
      'userSourcedId',
      'role',
      'primary',
      'beginDate',
      'endDate',
    ],
    required: ['classSourcedId', 'userSourcedId', 'role'],
    aliases: { startdate: 'beginDate' },
    dates: ['beginDate', 'endDate'],
  },
  categories: {
    name: 'categories',
    columns: [...common, 'title'],
    required: ['sourcedId', 'title'],
  },
  lineItems: {
    name: 'lineItems',
    columns: [
      ...common,
      'title',
      'description',
      'assignDate',
      'dueDate',
      'classSourcedId',
      'categorySourcedId',
      'gradingPeriodSourcedId',
      'academicSessionSourcedId',
      'resultValueMax',
    ],
    required: ['sourcedId', 'title', 'classSourcedId'],
    aliases: { assigndate: 'assignDate', assigneddate: 'assignDate' },
    dates: ['assignDate', 'dueDate'],
  },
  results: {
    name: 'results',
    columns: [
      ...common,
      'lineItemSourcedId',
      'studentSourcedId',
      'scoreStatus',
      'score',
      'textScore',
      'scoreDate',
      'comment',
      'late',
      'missing',
      'incomplete',
    ],
    required: ['lineItemSourcedId', 'studentSourcedId'],
    aliases: { usersourcedid: 'studentSourcedId' },
    dates: ['scoreDate'],
  },
} satisfies Record<string, FileSpec>;

export type FileName = keyof typeof fileSpecs;
