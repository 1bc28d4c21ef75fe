import type { FileSpec } from './headers.ts';

/** Spellings met in any file (keys in lower case). */
const sharedAliases: Readonly<Record<string, string>> = {
  datalastmodified: 'dateLastModified',
  lastmodified: 'dateLastModified',
  sourceid: 'sourcedId',
  sourced_id: 'sourcedId',
};

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
