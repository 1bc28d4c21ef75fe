import { createHash } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { StudentDocument } from '../../src/api/documents.ts';
import type { PortalDb } from '../db/database.ts';
import type { Database } from '../db/schema.ts';

/** The largest PDF kept: report cards are tens of kilobytes. */
export const maxDocumentBytes = 20 * 1024 * 1024;

/** Whether the bytes are a PDF: its header, and an end-of-file marker near the end. */
export function isPdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 1024))).toString('latin1');
  return head.startsWith('%PDF-') && tail.includes('%%EOF');
}

export interface NewDocument {
  districtId: number;
  studentId: number;
  schoolYearId: number;
  kind: StudentDocument['kind'];
  title: string;
  fileName: string;
  content: Uint8Array;
  now: Date;
}

/** Keeps a PDF for a student and year; answers its id. The caller checked isPdf. */
export async function addDocument(
  db: PortalDb | Transaction<Database>,
  document: NewDocument,
): Promise<number> {
  const { now, content, ...rest } = document;
  const row = await db
    .insertInto('studentDocument')
    .values({
      ...rest,
      content,
      byteSize: content.byteLength,
      sha256: createHash('sha256').update(content).digest('hex'),
      createdAt: now.toISOString(),
    })
    .executeTakeFirstOrThrow();
  return Number(row.insertId);
}

/** A student's documents without their bytes, newest year first. */
export async function studentDocuments(
  db: PortalDb,
  studentId: number,
): Promise<StudentDocument[]> {
  return db
    .selectFrom('studentDocument as d')
    .innerJoin('schoolYear as y', 'y.id', 'd.schoolYearId')
    .select([
      'd.id', 'd.studentId', 'd.schoolYearId', 'y.name as schoolYear', 'd.kind', 'd.title',
      'd.byteSize', 'd.createdAt',
    ])
    .where('d.studentId', '=', studentId)
    .orderBy('y.startDate', 'desc')
    .orderBy('d.kind', 'desc')
    .orderBy('d.id')
    .execute();
}

/** One document with its bytes, only as a document of that student. */
export async function documentFile(db: PortalDb, studentId: number, id: number) {
  return db
    .selectFrom('studentDocument')
    .select(['fileName', 'content', 'sha256'])
    .where('id', '=', id)
    .where('studentId', '=', studentId)
    .executeTakeFirst();
}
