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

/** Spellings met in any file (keys in lower case). */
const sharedAliases: Readonly<Record<string, string>> = {
  datalastmodified: 'dateLastModified',
  lastmodified: 'dateLastModified',
  sourceid: 'sourcedId',
  sourced_id: 'sourcedId',
};

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

export interface HeaderMap {
  /** Canonical column to its index in the row. */
  index: Map<string, number>;
  /** Headers read under another spelling: `"x" read as y`. */
  renamed: string[];
  /** Headers the importer does not read (extensions excluded). */
  unread: string[];
  /** Required columns the header lacks, each with a likely misspelling. */
  missing: { column: string; lookalike: string | null }[];
}

/**
 * Standard OneRoster and SDS columns the portal has no use for (log-ins,
 * passwords, race and ethnicity, learning objectives...): read past
 * without a remark. Lower case.
 */
const unusedColumns = new Set(
  [
    'enabledUser', 'username', 'userIds', 'userId', 'identifier', 'sms', 'phone', 'password',
    'userMasterIdentifier', 'pronouns', 'activeDirectoryMatchId', 'grades', 'grade',
    'classType', 'subjects', 'subjectCodes', 'courseCode', 'primary', 'isPrimary', 'roleType',
    'userProfileSourcedId', 'sex', 'americanIndianOrAlaskaNative', 'asian',
    'blackOrAfricanAmerican', 'nativeHawaiianOrOtherPacificIslander', 'white',
    'demographicRaceTwoOrMoreRaces', 'hispanicOrLatinoEthnicity', 'countryOfBirthCode',
    'stateOfBirthAbbreviation', 'cityOfBirth', 'publicSchoolResidenceStatus', 'birthCity',
    'birthState', 'birthCountry', 'ethnicityCodes', 'raceCodes', 'weight', 'resultValueMin',
    'scoreScaleSourcedId', 'schoolSourcedId', 'classSourcedId', 'inProgress',
    'learningObjectiveSet', 'learningObjectiveIds', 'learningObjectiveResults',
    'schoolYearSourcedId', 'orgSourcedIds', 'orgSourcedId', 'sessionSourcedId', 'type',
    'status', 'dateLastModified', 'title', 'description',
  ].map((column) => column.toLowerCase()),
);

/** Maps a file's header row onto the columns the importer reads. */
export function mapHeader(spec: FileSpec, header: string[]): HeaderMap {
  const index = new Map<string, number>();
  const renamed: string[] = [];
  const unknown: string[] = [];
  const byLower = new Map(spec.columns.map((column) => [column.toLowerCase(), column]));
  const aliases: Record<string, string> = { ...sharedAliases, ...spec.aliases };
  header.forEach((raw, position) => {
    const cell = raw.trim();
    if (cell === '') return;
    const lower = cell.toLowerCase();
    // Extensions are the spec's own way to add columns: not worth a word.
    if (lower.startsWith('ext_') || lower.startsWith('metadata.')) return;
    const column = byLower.get(lower) ?? aliases[lower];
    if (!column || !spec.columns.includes(column)) {
      unknown.push(cell);
      return;
    }
    if (index.has(column)) return;
    index.set(column, position);
    if (cell !== column) renamed.push(`"${cell}" read as ${column}`);
  });
  // An alias of a column we skip (preferredMiddleName) is still known.
  const knownAliases = new Set(Object.keys(aliases));
  const unread = unknown.filter(
    (cell) => !knownAliases.has(cell.toLowerCase()) && !unusedColumns.has(cell.toLowerCase()),
  );
  const missing = spec.required
    .filter((column) => !index.has(column))
    .map((column) => ({ column, lookalike: lookalike(column, unread) }));
  return { index, renamed, unread, missing };
}

/** The header that is most likely a misspelling of `column`, if any. */
function lookalike(column: string, headers: string[]): string | null {
  let best: string | null = null;
  let bestDistance = Math.max(2, Math.floor(column.length / 4)) + 1;
  for (const header of headers) {
    const distance = editDistance(column.toLowerCase(), header.toLowerCase());
    if (distance < bestDistance) {
      best = header;
      bestDistance = distance;
    }
  }
  return best;
}

/** Levenshtein distance, for naming the likely misspelling in a message. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}
