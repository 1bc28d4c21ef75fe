import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { StudentDocumentParams, StudentDocumentsResponse } from '../../../src/api/documents.ts';
import { documentFile, studentDocuments } from '../../documents/store.ts';
import { requireGuardian, signedInOf } from '../../http/authentication.ts';
import { ApiProblem } from '../../http/errors.ts';
import { NoQuery, refusals } from '../../http/schemas.ts';
import { requireLinkedStudent } from '../../students/access.ts';
import { StudentParams } from '../students/schemas.ts';

/**
 * Report cards and other PDFs of the guardian's own students. Another
 * student's document is answered like one that does not exist (404).
 */
export const documentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', requireGuardian);

  app.get(
    '/students/:id/documents',
    {
      schema: {
        params: StudentParams,
        querystring: NoQuery,
        response: { 200: StudentDocumentsResponse, ...refusals(400, 401, 404) },
      },
    },
    async (request) => {
      const studentId = Number(request.params.id);
      await requireLinkedStudent(app.db, signedInOf(request).guardianId, studentId);
      return { documents: await studentDocuments(app.db, studentId) };
    },
  );

  app.get(
    '/students/:id/documents/:documentId',
    { schema: { params: StudentDocumentParams, querystring: NoQuery } },
    async (request, reply) => {
      const studentId = Number(request.params.id);
      await requireLinkedStudent(app.db, signedInOf(request).guardianId, studentId);
      const file = await documentFile(app.db, studentId, Number(request.params.documentId));
      if (!file) throw new ApiProblem(404, 'not_found', 'No such document.');
      return reply
        .type('application/pdf')
        .header('content-disposition', contentDisposition(file.fileName))
        .header('etag', `"${file.sha256}"`)
        .header('x-content-type-options', 'nosniff')
        .send(Buffer.from(file.content));
    },
  );
};

/**
 * Opens in the browser's viewer, saved under the document's name: an
 * ASCII fallback and the UTF-8 name (RFC 6266, RFC 8187).
 */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `inline; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
