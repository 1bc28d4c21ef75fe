import type { OneRosterContext } from './context.ts';
import type { CsvRow } from './csv.ts';
import { isToBeDeleted, SkipRow } from './values.ts';

/**
 * categories.csv: gradebook categories (Homework, Tests...). The portal
 * keeps a category as the name on each assignment, so they are only read.
 */
export function category(context: OneRosterContext, row: CsvRow): void {
  if (isToBeDeleted(row.text('status'))) throw new SkipRow('status tobedeleted: not imported');
  context.categories.set(row.required('sourcedId'), row.required('title'));
}
