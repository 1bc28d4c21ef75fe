import type { PortalDb } from '../db/database.ts';
import { ApiProblem } from '../http/errors.ts';
import { notify, type NotifyOptions } from '../notifications/create.ts';

export type MealDecision = 'approve' | 'deny';

/**
 * Staff approve or deny a submitted application (the admin command); the
 * guardian gets a notification (and a push) linked to Meal Benefits. Only
 * a submitted application changes, so a decision is never made twice.
 */
export async function processMealApplication(
  db: PortalDb,
  id: number,
  decision: MealDecision,
  options: NotifyOptions & { note: string | null; by: string },
) {
  const status = decision === 'approve' ? 'approved' : 'denied';
  const application = await db
    .selectFrom('mealApplication')
    .select(['guardianId', 'status'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!application) throw new ApiProblem(404, 'not_found', `No meal application ${id}.`);
  const updated = await db
    .updateTable('mealApplication')
    .set({
      status,
      staffNote: options.note,
      decidedBy: options.by,
      updatedAt: options.now.toISOString(),
    })
    .where('id', '=', id)
    .where('status', '=', 'submitted')
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) {
    throw new ApiProblem(
      409, 'invalid_request', `Application ${id} is already ${application.status}.`,
    );
  }
  return notify(
    db,
    [
      {
        guardianId: application.guardianId,
        kind: 'meal_application_processed',
        params: { applicationId: id, status, note: options.note },
        link: '/meal-benefits',
      },
    ],
    options,
  );
}
