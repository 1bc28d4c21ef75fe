import { Type, type Static } from 'typebox';

/** Absence requests: the excuse list, making, listing and cancelling. */

const Id = Type.Integer({ minimum: 1, maximum: 2 ** 31 - 1 });
const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', maxLength: 10 });
const Time = Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', maxLength: 5 });
const Nullable = <T extends ReturnType<typeof Type.String>>(schema: T) =>
  Type.Union([schema, Type.Null()]);

export const absenceKinds = ['full_day', 'arrive_late', 'leave_early'] as const;
export type AbsenceKind = (typeof absenceKinds)[number];
export const absenceStatuses = ['submitted', 'approved', 'denied', 'cancelled'] as const;
export type AbsenceStatus = (typeof absenceStatuses)[number];

const Kind = Type.Union([
  Type.Literal('full_day'),
  Type.Literal('arrive_late'),
  Type.Literal('leave_early'),
]);
const Status = Type.Union([
  Type.Literal('submitted'),
  Type.Literal('approved'),
  Type.Literal('denied'),
  Type.Literal('cancelled'),
]);

/** The most user-perceived characters (grapheme clusters) a comment may have. */
export const commentMaxLength = 100;

export const Excuse = Type.Object({ id: Type.Integer(), name: Type.String() });
export const ExcusesResponse = Type.Object({ excuses: Type.Array(Excuse) });

/**
 * POST /api/v1/absence-requests (with an Idempotency-Key header).
 * full_day: firstDate..lastDate (lastDate defaults to firstDate);
 * arrive_late / leave_early: firstDate and time, the arrival or departure.
 */
export const AbsenceRequestCreate = Type.Object(
  {
    studentIds: Type.Array(Id, { minItems: 1, maxItems: 20, uniqueItems: true }),
    excuseId: Id,
    kind: Kind,
    firstDate: IsoDate,
    lastDate: Type.Optional(IsoDate),
    time: Type.Optional(Time),
    /** At most 100 characters as a person counts them (emoji count once). */
    comment: Type.Optional(Type.String({ maxLength: 1000 })),
  },
  { additionalProperties: false },
);
export type AbsenceRequestCreate = Static<typeof AbsenceRequestCreate>;

export const AbsenceRequestStudent = Type.Object({
  studentId: Type.Integer(),
  /** School days of the request's range at this student's school. */
  schoolDays: Type.Integer(),
});

export const AbsenceRequestChange = Type.Object({
  status: Status,
  by: Type.Union([Type.Literal('guardian'), Type.Literal('staff')]),
  note: Nullable(Type.String()),
  at: Type.String(),
});

export const AbsenceRequest = Type.Object({
  id: Type.Integer(),
  kind: Kind,
  excuse: Excuse,
  firstDate: Type.String(),
  lastDate: Type.String(),
  time: Nullable(Type.String()),
  comment: Nullable(Type.String()),
  status: Status,
  staffNote: Nullable(Type.String()),
  students: Type.Array(AbsenceRequestStudent),
  history: Type.Array(AbsenceRequestChange),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
export type AbsenceRequest = Static<typeof AbsenceRequest>;

export const AbsenceRequestsQuery = Type.Object(
  { status: Type.Optional(Status) },
  { additionalProperties: false },
);

/** GET /api/v1/absence-requests: the guardian's requests, newest first. */
export const AbsenceRequestsResponse = Type.Object({
  absenceRequests: Type.Array(AbsenceRequest),
});

export const AbsenceRequestParams = Type.Object({
  id: Type.String({ pattern: '^[1-9]\\d{0,9}$' }),
});
