import { Type, type Static } from 'typebox';

/**
 * The free and reduced-price meal application: the household, its incomes
 * (or an assistance program's case number instead), and the adult who signs.
 */

const Id = Type.Integer({ minimum: 1, maximum: 2 ** 31 - 1 });

export const incomeFrequencies = [
  'weekly',
  'every_two_weeks',
  'twice_a_month',
  'monthly',
  'yearly',
] as const;
export type IncomeFrequency = (typeof incomeFrequencies)[number];

/** Where an income comes from, as the paper form groups them. */
export const incomeSources = ['earnings', 'support', 'pension', 'other'] as const;
export type IncomeSource = (typeof incomeSources)[number];

export const assistancePrograms = ['snap', 'tanf', 'fdpir'] as const;
export type AssistanceProgram = (typeof assistancePrograms)[number];

export const mealApplicationStatuses = ['submitted', 'approved', 'denied'] as const;
export type MealApplicationStatus = (typeof mealApplicationStatuses)[number];

const Frequency = Type.Union([
  Type.Literal('weekly'),
  Type.Literal('every_two_weeks'),
  Type.Literal('twice_a_month'),
  Type.Literal('monthly'),
  Type.Literal('yearly'),
]);
const Source = Type.Union([
  Type.Literal('earnings'),
  Type.Literal('support'),
  Type.Literal('pension'),
  Type.Literal('other'),
]);
const Program = Type.Union([Type.Literal('snap'), Type.Literal('tanf'), Type.Literal('fdpir')]);
const Status = Type.Union([
  Type.Literal('submitted'),
  Type.Literal('approved'),
  Type.Literal('denied'),
]);

/** The largest amount one income may have: ten million dollars, in cents. */
export const maxIncomeCents = 1_000_000_000;
export const maxMembers = 20;
export const maxIncomesPerMember = 10;
export const nameMaxLength = 100;
/** Case numbers: letters, digits, spaces and dashes, as agencies print them. */
export const caseNumberPattern = '^[A-Za-z0-9][A-Za-z0-9 -]{0,29}$';

export const Income = Type.Object(
  {
    source: Source,
    amountCents: Type.Integer({ minimum: 1, maximum: maxIncomeCents }),
    frequency: Frequency,
  },
  { additionalProperties: false },
);
export type Income = Static<typeof Income>;

export const HouseholdMember = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: nameMaxLength }),
    /** Set for the guardian's own students; others are typed in. */
    studentId: Type.Optional(Id),
    incomes: Type.Array(Income, { maxItems: maxIncomesPerMember }),
  },
  { additionalProperties: false },
);
export type HouseholdMember = Static<typeof HouseholdMember>;

export const Assistance = Type.Object(
  {
    program: Program,
    caseNumber: Type.String({ pattern: caseNumberPattern, maxLength: 30 }),
  },
  { additionalProperties: false },
);
export type Assistance = Static<typeof Assistance>;

/**
 * POST /api/v1/meal-applications (with an Idempotency-Key header). With
 * `assistance`, no member lists incomes. `ssnLastFour` null means the
 * signer has no social security number ("none").
 */
export const MealApplicationCreate = Type.Object(
  {
    members: Type.Array(HouseholdMember, { minItems: 1, maxItems: maxMembers }),
    assistance: Type.Optional(Assistance),
    signer: Type.Object(
      {
        name: Type.String({ minLength: 1, maxLength: nameMaxLength }),
        ssnLastFour: Type.Union([Type.String({ pattern: '^[0-9]{4}$' }), Type.Null()]),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
export type MealApplicationCreate = Static<typeof MealApplicationCreate>;

/** An application as the guardian reads it back: never the SSN digits. */
export const MealApplication = Type.Object({
  id: Type.Integer(),
  status: Status,
  members: Type.Array(
    Type.Object({
      name: Type.String(),
      studentId: Type.Union([Type.Integer(), Type.Null()]),
      incomes: Type.Array(Income),
    }),
  ),
  assistance: Type.Union([Assistance, Type.Null()]),
  signerName: Type.String(),
  /** Whether the signer gave the last four digits (false: "none"). */
  ssnGiven: Type.Boolean(),
  staffNote: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
export type MealApplication = Static<typeof MealApplication>;

/** GET /api/v1/meal-applications: the guardian's applications, newest first. */
export const MealApplicationsResponse = Type.Object({
  mealApplications: Type.Array(MealApplication),
});
