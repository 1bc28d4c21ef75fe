import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { addDocument, isPdf, maxDocumentBytes } from '../../documents/store.ts';
import { parseCommand, withDatabase } from './open.ts';

const usage =
  'Usage: npm run admin -- add-document <student-id> <school-year> <file.pdf> ' +
  '[--title TEXT] [--report-card] [--db FILE]';

/**
 * `add-document <student-id> <school-year> <file.pdf>`: keeps a PDF for the
 * student the SIS knows by <student-id>, in the school year named
 * <school-year> (such as 2025-2026). Anything but a PDF is refused.
 */
export async function run(args: string[]): Promise<number> {
  const options = { title: { type: 'string' }, 'report-card': { type: 'boolean' } } as const;
  const parsed = parseCommand(args, options, usage);
  if (!parsed) return 2;
  const [studentSourceId, yearName, file, ...extra] = parsed.positionals;
  if (!studentSourceId || !yearName || !file || extra.length > 0) {
    process.stderr.write(`${usage}\n`);
    return 2;
  }
  let content: Buffer;
  try {
    content = readFileSync(file);
  } catch {
    process.stderr.write(`Cannot read ${file}.\n`);
    return 1;
  }
  if (content.byteLength > maxDocumentBytes) {
    process.stderr.write(`${file} is larger than ${maxDocumentBytes / 1024 / 1024} MB.\n`);
    return 1;
  }
  if (!isPdf(content)) {
    process.stderr.write(`${file} is not a PDF file.\n`);
    return 1;
  }
  return withDatabase(parsed.values.db, async (db) => {
    const students = await db
      .selectFrom('student')
      .select(['id', 'districtId'])
      .where('sourceId', '=', studentSourceId)
      .execute();
    const student = students[0];
    if (!student || students.length > 1) {
      const problem = student ? 'is in more than one district' : 'is not known';
      process.stderr.write(`Student ${studentSourceId} ${problem}.\n`);
      return 1;
    }
    const year = await db
      .selectFrom('schoolYear')
      .select('id')
      .where('districtId', '=', student.districtId)
      .where('name', '=', yearName)
      .executeTakeFirst();
    if (!year) {
      process.stderr.write(`No school year ${yearName} in the student's district.\n`);
      return 1;
    }
    const fileName = basename(file);
    const id = await addDocument(db, {
      districtId: student.districtId,
      studentId: student.id,
      schoolYearId: year.id,
      kind: parsed.values['report-card'] ? 'report_card' : 'document',
      title: parsed.values.title?.trim() || fileName.replace(/\.pdf$/i, ''),
      fileName,
      content,
      now: new Date(),
    });
    process.stdout.write(`Document ${id} added for student ${studentSourceId}, ${yearName}.\n`);
    return 0;
  });
}
