import { Type, type Static } from 'typebox';

/** Report cards and other PDF documents the district keeps per student and year. */

export const documentKinds = ['report_card', 'document'] as const;
export type DocumentKind = (typeof documentKinds)[number];

export const StudentDocument = Type.Object({
  id: Type.Integer(),
  studentId: Type.Integer(),
  schoolYearId: Type.Integer(),
  /** The school year's name, such as 2025-2026. */
  schoolYear: Type.String(),
  kind: Type.Union([Type.Literal('report_card'), Type.Literal('document')]),
  title: Type.String(),
  byteSize: Type.Integer(),
  createdAt: Type.String(),
});
export type StudentDocument = Static<typeof StudentDocument>;

/** GET /api/v1/students/:id/documents: every year's, newest year first. */
export const StudentDocumentsResponse = Type.Object({
  documents: Type.Array(StudentDocument),
});

export const StudentDocumentParams = Type.Object({
  id: Type.String({ pattern: '^[1-9]\\d{0,9}$' }),
  documentId: Type.String({ pattern: '^[1-9]\\d{0,9}$' }),
});
