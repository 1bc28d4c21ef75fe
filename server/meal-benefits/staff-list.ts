import type { MealApplicationStatus } from '../../src/api/meal-benefits.ts';
import type { PortalDb } from '../db/database.ts';

export interface StaffFilter {
  status?: MealApplicationStatus;
  districtSourceId?: string;
}

/** An application as staff process it: with the guardian's name and, for the export, the digits. */
export interface StaffApplication {
  id: number;
  createdAt: string;
  status: MealApplicationStatus;
  guardian: string;
  program: string | null;
  caseNumber: string | null;
  signerName: string;
  ssnLastFour: string | null;
  decidedBy: string | null;
  staffNote: string | null;
  members: Array<{
    name: string;
    studentId: string | null;
    incomes: Array<{ source: string; amountCents: number; frequency: string }>;
  }>;
}

/** Applications oldest first: the order staff work through them. */
export async function staffApplications(
  db: PortalDb,
  filter: StaffFilter,
): Promise<StaffApplication[]> {
  let query = db
    .selectFrom('mealApplication as a')
    .innerJoin('guardian as g', 'g.id', 'a.guardianId')
    .innerJoin('district as d', 'd.id', 'a.districtId')
    .select([
      'a.id', 'a.createdAt', 'a.status', 'a.assistanceProgram', 'a.caseNumber', 'a.signerName',
      'a.ssnLastFour', 'a.decidedBy', 'a.staffNote', 'g.firstName', 'g.lastName',
    ]);
  if (filter.status) query = query.where('a.status', '=', filter.status);
  if (filter.districtSourceId) query = query.where('d.sourceId', '=', filter.districtSourceId);
  const applications = await query.orderBy('a.id').execute();
  if (applications.length === 0) return [];
  const members = await db
    .selectFrom('mealApplicationMember as m')
    .leftJoin('student as s', 's.id', 'm.studentId')
    .select(['m.id', 'm.mealApplicationId', 'm.name', 's.sourceId'])
    .where('m.mealApplicationId', 'in', applications.map((a) => a.id))
    .orderBy('m.position')
    .execute();
  const incomes = await db
    .selectFrom('mealApplicationIncome')
    .select(['mealApplicationMemberId', 'source', 'amountCents', 'frequency'])
    .where('mealApplicationMemberId', 'in', [0, ...members.map((m) => m.id)])
    .orderBy('id')
    .execute();
  return applications.map((a) => ({
    id: a.id,
    createdAt: a.createdAt,
    status: a.status,
    guardian: `${a.firstName} ${a.lastName}`,
    program: a.assistanceProgram,
    caseNumber: a.caseNumber,
    signerName: a.signerName,
    ssnLastFour: a.ssnLastFour,
    decidedBy: a.decidedBy,
    staffNote: a.staffNote,
    members: members
      .filter((m) => m.mealApplicationId === a.id)
      .map((m) => ({
        name: m.name,
        studentId: m.sourceId,
        incomes: incomes
          .filter((i) => i.mealApplicationMemberId === m.id)
          .map(({ source, amountCents, frequency }) => ({ source, amountCents, frequency })),
      })),
  }));
}

const perYear: Record<string, number> = {
  weekly: 52,
  every_two_weeks: 26,
  twice_a_month: 24,
  monthly: 12,
  yearly: 1,
};

/** The household's yearly income in cents, the way USDA annualizes mixed frequencies. */
export function yearlyIncomeCents(application: StaffApplication): number {
  return application.members
    .flatMap((m) => m.incomes)
    .reduce((sum, i) => sum + i.amountCents * (perYear[i.frequency] ?? 1), 0);
}
