import type { SessionResponse } from '../../api/account.ts';
import type {
  AssistanceProgram,
  IncomeFrequency,
  IncomeSource,
  MealApplicationCreate,
} from '../../api/meal-benefits.ts';
import { studentName } from '../../app/student-context.ts';
import type { PortalDb } from '../../data/db.ts';
import { mealDocumentTables } from '../../data/meal-documents-tables.ts';
import { parseAmountCents } from './meal-validation.ts';

export const mealSteps = ['household', 'assistance', 'incomes', 'signer', 'review'] as const;
export type MealStep = (typeof mealSteps)[number];

export interface DraftIncome {
  /** The row's own id, for keyed rendering and field ids. */
  id: string;
  source: IncomeSource | '';
  /** As typed: "1,200.50"; turned into cents on sending. */
  amount: string;
  frequency: IncomeFrequency | '';
}

export interface DraftMember {
  id: string;
  name: string;
  /** One of the guardian's students (pre-filled, not removable). */
  studentId?: number;
  incomes: DraftIncome[];
}

/**
 * The application as the person fills it in, kept on the device after
 * every change so a reload, a lost connection or a closed app loses nothing.
 */
export interface MealDraft {
  key: 'draft';
  step: MealStep;
  members: DraftMember[];
  /** Whether someone in the household gets SNAP, TANF or FDPIR. */
  hasAssistance: 'yes' | 'no' | '';
  program: AssistanceProgram | '';
  caseNumber: string;
  signerName: string;
  ssnLastFour: string;
  /** The signer has no social security number ("none"). */
  noSsn: boolean;
  updatedAt: number;
}

export function newId(): string {
  return crypto.randomUUID();
}

/** A fresh draft: the guardian's students already listed, the guardian as signer. */
export function freshDraft(session: SessionResponse): MealDraft {
  return {
    key: 'draft',
    step: 'household',
    members: session.students.map((student) => ({
      id: newId(),
      name: studentName(student),
      studentId: student.id,
      incomes: [],
    })),
    hasAssistance: '',
    program: '',
    caseNumber: '',
    signerName: `${session.guardian.firstName} ${session.guardian.lastName}`,
    ssnLastFour: '',
    noSsn: false,
    updatedAt: Date.now(),
  };
}

export function loadDraft(db: PortalDb): Promise<MealDraft | undefined> {
  return mealDocumentTables(db).mealDraft.get('draft');
}

export async function saveDraft(db: PortalDb, draft: MealDraft): Promise<void> {
  await mealDocumentTables(db).mealDraft.put({ ...draft, updatedAt: Date.now() });
}

export async function discardDraft(db: PortalDb): Promise<void> {
  await mealDocumentTables(db).mealDraft.delete('draft');
}

/** The steps this draft goes through: a case number skips the incomes. */
export function stepsOf(draft: MealDraft): MealStep[] {
  return mealSteps.filter((step) => step !== 'incomes' || draft.hasAssistance !== 'yes');
}

/**
 * A refused application back into a draft, at its review step, so the
 * person corrects it instead of typing it all again.
 */
export function draftFromRequestBody(body: MealApplicationCreate): MealDraft {
  const dollars = (cents: number) => (cents / 100).toFixed(2).replace(/\.00$/, '');
  return {
    key: 'draft',
    step: 'review',
    members: body.members.map((member) => ({
      id: newId(),
      name: member.name,
      ...(member.studentId === undefined ? {} : { studentId: member.studentId }),
      incomes: member.incomes.map((income) => ({
        id: newId(),
        source: income.source,
        amount: dollars(income.amountCents),
        frequency: income.frequency,
      })),
    })),
    hasAssistance: body.assistance ? 'yes' : 'no',
    program: body.assistance?.program ?? '',
    caseNumber: body.assistance?.caseNumber ?? '',
    signerName: body.signer.name,
    ssnLastFour: body.signer.ssnLastFour ?? '',
    noSsn: body.signer.ssnLastFour === null,
    updatedAt: Date.now(),
  };
}

/** What the server is sent: a validated draft, trimmed, amounts in cents. */
export function toRequestBody(draft: MealDraft): MealApplicationCreate {
  const assisted = draft.hasAssistance === 'yes' && draft.program !== '';
  return {
    members: draft.members.map((member) => ({
      name: member.name.trim(),
      ...(member.studentId === undefined ? {} : { studentId: member.studentId }),
      incomes: assisted
        ? []
        : member.incomes.flatMap((income) => {
            const amountCents = parseAmountCents(income.amount);
            return income.source && income.frequency && amountCents
              ? [{ source: income.source, frequency: income.frequency, amountCents }]
              : [];
          }),
    })),
    ...(assisted && draft.program
      ? { assistance: { program: draft.program, caseNumber: draft.caseNumber.trim() } }
      : {}),
    signer: {
      name: draft.signerName.trim(),
      ssnLastFour: draft.noSsn ? null : draft.ssnLastFour.trim(),
    },
  };
}
