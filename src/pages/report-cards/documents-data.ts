import type { StudentDocument } from '../../api/documents.ts';
import { AppError } from '../../data/app-error.ts';
import type { PortalDb } from '../../data/db.ts';
import { apiRequest } from '../../data/http.ts';
import { mealDocumentTables } from '../../data/meal-documents-tables.ts';

/**
 * A student's report cards and documents on the device: the list as the
 * server last gave it, and the PDFs opened once (kept in Dexie, so they
 * open offline and leave the device at sign-out with everything else).
 */
export async function refreshDocuments(db: PortalDb, studentId: number): Promise<void> {
  const answer = (await apiRequest('GET', `/api/v1/students/${studentId}/documents`)) as {
    documents?: StudentDocument[];
  };
  const { documents, documentFiles } = mealDocumentTables(db);
  await db.transaction('rw', documents, documentFiles, async () => {
    const gone = await documents.where('studentId').equals(studentId).primaryKeys();
    const kept = new Set((answer.documents ?? []).map((d) => d.id));
    const removed = gone.filter((id) => !kept.has(id));
    await documents.bulkDelete(removed);
    await documentFiles.bulkDelete(removed);
    await documents.bulkPut(answer.documents ?? []);
  });
}

export interface YearDocuments {
  schoolYear: string;
  documents: Array<StudentDocument & { saved: boolean }>;
}

/** The student's documents by school year, newest year first. */
export async function loadDocuments(db: PortalDb, studentId: number): Promise<YearDocuments[]> {
  const { documents, documentFiles } = mealDocumentTables(db);
  const rows = await documents.where('studentId').equals(studentId).toArray();
  const saved = new Set(await documentFiles.where('id').anyOf(rows.map((r) => r.id)).primaryKeys());
  const years = new Map<string, YearDocuments>();
  const byYear = [...rows].sort(
    (a, b) => b.schoolYear.localeCompare(a.schoolYear) || a.kind.localeCompare(b.kind) ||
      a.id - b.id,
  );
  for (const row of byYear) {
    const year = years.get(row.schoolYear) ?? { schoolYear: row.schoolYear, documents: [] };
    year.documents.push({ ...row, saved: saved.has(row.id) });
    years.set(row.schoolYear, year);
  }
  return [...years.values()];
}

/**
 * The document's PDF: from the device when opened before, else fetched
 * and kept. Offline and never opened: `network_unavailable`.
 */
export async function documentBlob(db: PortalDb, document: StudentDocument): Promise<Blob> {
  const { documentFiles } = mealDocumentTables(db);
  const saved = await documentFiles.get(document.id);
  if (saved) return saved.blob;
  let response: Response;
  try {
    response = await fetch(`/api/v1/students/${document.studentId}/documents/${document.id}`, {
      credentials: 'same-origin',
      headers: { accept: 'application/pdf' },
    });
  } catch {
    throw new AppError('network_unavailable', 'The server could not be reached');
  }
  if (!response.ok) {
    throw new AppError(response.status === 404 ? 'not_found' : 'unexpected', 'Not opened');
  }
  const blob = new Blob([await response.arrayBuffer()], { type: 'application/pdf' });
  await documentFiles.put({ id: document.id, blob, savedAt: Date.now() });
  return blob;
}
