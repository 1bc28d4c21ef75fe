import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { attendanceInterchange } from './attendance.ts';
import { educationOrgCalendar } from './calendar.ts';
import { contactInterchange } from './contact.ts';
import { educationOrganization } from './education-organization.ts';
import { studentEnrollment } from './enrollment.ts';
import { studentGradebook } from './gradebook.ts';
import type { Interchange } from './interchange.ts';
import { masterSchedule } from './master-schedule.ts';
import { rootElementName } from './reader.ts';
import { staffAssociation } from './staff.ts';
import { studentInterchange } from './student.ts';

/** The interchanges we read, in the order their references need. */
export const interchanges: Interchange[] = [
  educationOrganization,
  educationOrgCalendar,
  masterSchedule,
  staffAssociation,
  studentInterchange,
  contactInterchange,
  studentEnrollment,
  studentGradebook,
  attendanceInterchange,
];

export interface InterchangeFile {
  path: string;
  name: string;
  bytes: number;
  interchange: Interchange;
}

export interface FoundFiles {
  files: InterchangeFile[];
  /** XML files whose interchange we do not read, with their root element. */
  unread: { name: string; root: string | null }[];
}

/**
 * The interchange files in a directory, named by their root element rather
 * than their file name (districts name files as they like), in the order
 * they must be read.
 */
export async function findInterchangeFiles(dir: string): Promise<FoundFiles> {
  const names = (await readdir(dir)).filter((name) => name.toLowerCase().endsWith('.xml')).sort();
  const files: InterchangeFile[] = [];
  const unread: FoundFiles['unread'] = [];
  for (const name of names) {
    const path = join(dir, name);
    const info = await stat(path);
    if (!info.isFile()) continue;
    const root = await rootElementName(path);
    const interchange = interchanges.find((candidate) => candidate.root === root);
    if (interchange) files.push({ path, name, bytes: info.size, interchange });
    else unread.push({ name, root });
  }
  files.sort(
    (a, b) => interchanges.indexOf(a.interchange) - interchanges.indexOf(b.interchange),
  );
  return { files, unread };
}
