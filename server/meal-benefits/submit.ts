import type { MealApplicationCreate } from '../../src/api/meal-benefits.ts';
import type { SignedIn } from '../accounts/sessions.ts';
import type { PortalDb } from '../db/database.ts';
import { ApiProblem } from '../http/errors.ts';
import { requireLinkedStudent } from '../students/access.ts';

/**
 * Files a meal benefits application as submitted; answers its id. Beyond
 * the contract's shape: names are not blank, a member marked as a student
 * is one of the guardian's (else 404, like every student route) and
 * appears once, and a case number replaces the incomes (a household on
 * SNAP, TANF or FDPIR qualifies without them).
 */
export async function submitMealApplication(
  db: PortalDb,
  signedIn: SignedIn,
  input: MealApplicationCreate,
  now: Date,
): Promise<number> {
  const members = input.members.map((member, index) => {
    const name = member.name.trim();
    if (!name) {
      const field = `/members/${index}/name`;
      throw new ApiProblem(400, 'invalid_request', 'Every member needs a name.', field);
    }
    return { ...member, name };
  });
  const seen = new Set<number>();
  for (const member of members) {
    if (member.studentId === undefined) continue;
    if (seen.has(member.studentId)) {
      throw new ApiProblem(400, 'invalid_request', 'A student is listed twice.', '/members');
    }
    seen.add(member.studentId);
    await requireLinkedStudent(db, signedIn.guardianId, member.studentId);
  }
  const assistance = input.assistance
    ? { ...input.assistance, caseNumber: input.assistance.caseNumber.trim() }
    : undefined;
  const withIncome = members.findIndex((member) => member.incomes.length > 0);
  if (assistance && withIncome >= 0) {
    throw new ApiProblem(
      400,
      'invalid_request',
      'With a case number, no incomes are needed; leave them out.',
      `/members/${withIncome}/incomes`,
    );
  }
  const signerName = input.signer.name.trim();
  if (!signerName) {
    throw new ApiProblem(400, 'invalid_request', 'The signing adult needs a name.', '/signer/name');
  }

  const at = now.toISOString();
  return db.transaction().execute(async (trx) => {
    const created = await trx
      .insertInto('mealApplication')
      .values({
        districtId: signedIn.districtId,
        guardianId: signedIn.guardianId,
        accountId: signedIn.accountId,
        assistanceProgram: assistance?.program ?? null,
        caseNumber: assistance?.caseNumber ?? null,
        signerName,
        ssnLastFour: input.signer.ssnLastFour,
        status: 'submitted',
        createdAt: at,
        updatedAt: at,
      })
      .executeTakeFirstOrThrow();
    const id = Number(created.insertId);
    for (const [position, member] of members.entries()) {
      const row = await trx
        .insertInto('mealApplicationMember')
        .values({
          mealApplicationId: id,
          position,
          name: member.name,
          studentId: member.studentId ?? null,
        })
        .executeTakeFirstOrThrow();
      if (member.incomes.length === 0) continue;
      await trx
        .insertInto('mealApplicationIncome')
        .values(
          member.incomes.map((income) => ({
            mealApplicationMemberId: Number(row.insertId),
            ...income,
          })),
        )
        .execute();
    }
    return id;
  });
}
