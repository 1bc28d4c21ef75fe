import type { MealApplication, MealApplicationStatus } from '../../src/api/meal-benefits.ts';
import type { PortalDb } from '../db/database.ts';

export interface ApplicationFilter {
  guardianId?: number;
  id?: number;
  status?: MealApplicationStatus;
  districtId?: number;
}

/**
 * Applications as the guardian reads them, newest first: whether the SSN
 * digits were given, never the digits.
 */
export async function mealApplications(
  db: PortalDb,
  filter: ApplicationFilter,
): Promise<MealApplication[]> {
  let query = db
    .selectFrom('mealApplication')
    .select([
      'id', 'status', 'assistanceProgram', 'caseNumber', 'signerName', 'staffNote', 'createdAt',
      'updatedAt',
    ])
    .select((eb) => eb('ssnLastFour', 'is not', null).as('ssnGiven'));
  if (filter.guardianId !== undefined) query = query.where('guardianId', '=', filter.guardianId);
  if (filter.id !== undefined) query = query.where('id', '=', filter.id);
  if (filter.status !== undefined) query = query.where('status', '=', filter.status);
  if (filter.districtId !== undefined) query = query.where('districtId', '=', filter.districtId);
  const applications = await query.orderBy('id', 'desc').execute();
  if (applications.length === 0) return [];

  const ids = applications.map((a) => a.id);
  const members = await db
    .selectFrom('mealApplicationMember')
    .select(['id', 'mealApplicationId', 'name', 'studentId'])
    .where('mealApplicationId', 'in', ids)
    .orderBy('position')
    .execute();
  const incomes = members.length === 0 ? [] : await db
    .selectFrom('mealApplicationIncome')
    .select(['mealApplicationMemberId', 'source', 'amountCents', 'frequency'])
    .where('mealApplicationMemberId', 'in', members.map((m) => m.id))
    .orderBy('id')
    .execute();

  return applications.map((a) => ({
    id: a.id,
    status: a.status,
    members: members
      .filter((m) => m.mealApplicationId === a.id)
      .map((m) => ({
        name: m.name,
        studentId: m.studentId,
        incomes: incomes
          .filter((i) => i.mealApplicationMemberId === m.id)
          .map(({ source, amountCents, frequency }) => ({ source, amountCents, frequency })),
      })),
    assistance:
      a.assistanceProgram && a.caseNumber
        ? { program: a.assistanceProgram, caseNumber: a.caseNumber }
        : null,
    signerName: a.signerName,
    ssnGiven: Boolean(a.ssnGiven),
    staffNote: a.staffNote,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  }));
}
