import type { OneRosterContext } from './context.ts';
import type { CsvRow } from './csv.ts';
import { useDistrict, useExistingDistrict } from './district.ts';
import { isToBeDeleted, SkipRow } from './values.ts';

/** Org types that are a school to the portal (SDS adds its higher-ed ones). */
const schoolTypes = new Set(['school', 'college', 'university', 'campus', 'adulteducation']);

/**
 * orgs.csv: the district and its schools. A department is not a school:
 * classes placed at it go to its school. A department whose school is not
 * in the export stands in for the school. Orgs above the district (state,
 * national, ministry of education) are not kept.
 */
export function orgs(context: OneRosterContext, rows: CsvRow[]): void {
  const types = new Map<string, string>();
  for (const row of rows) {
    const id = row.text('sourcedId');
    const type = row.text('type')?.toLowerCase();
    if (id && type && !isToBeDeleted(row.text('status'))) types.set(id, type);
  }
  const districtRows = rows.filter((row) => row.text('type')?.toLowerCase() === 'district');
  const [districtRow, ...others] = districtRows;
  if (districtRow) {
    context.attempt(districtRow, () => {
      if (isToBeDeleted(districtRow.text('status'))) {
        throw new SkipRow('status tobedeleted: a district is not removed by an import');
      }
      useDistrict(context, districtRow.required('sourcedId'), districtRow.required('name'));
      context.report.note(`district ${context.report.district} from orgs.csv`);
    });
  }
  if (context.districtId === null) useExistingDistrict(context);
  for (const row of others) {
    context.skip(row, 'a second district: import one district at a time');
  }

  const schoolRows = rows.filter((row) => !districtRows.includes(row));
  for (const row of schoolRows) {
    const type = row.text('type')?.toLowerCase() ?? '';
    if (!schoolTypes.has(type)) continue;
    context.attempt(row, () => school(context, row), `org ${row.text('sourcedId')}`);
  }
  for (const row of schoolRows) {
    const type = row.text('type')?.toLowerCase() ?? '';
    if (schoolTypes.has(type)) continue;
    context.attempt(row, () => otherOrg(context, row, type, types), `org ${row.text('sourcedId')}`);
  }
}

function school(context: OneRosterContext, row: CsvRow): void {
  if (isToBeDeleted(row.text('status'))) throw new SkipRow('status tobedeleted: not imported');
  const sourcedId = row.required('sourcedId');
  const id = context.write('school', {
    district_id: context.district,
    source_id: sourcedId,
    name: row.required('name'),
    phone: null,
    address: null,
  });
  context.schools.set(sourcedId, id);
  context.report.record('schools');
}

function otherOrg(
  context: OneRosterContext,
  row: CsvRow,
  type: string,
  types: Map<string, string>,
): void {
  if (isToBeDeleted(row.text('status'))) throw new SkipRow('status tobedeleted: not imported');
  const sourcedId = row.required('sourcedId');
  if (type !== 'department') {
    throw new SkipRow(`a ${row.text('type')}: the portal keeps the district and its schools`);
  }
  const parent = row.text('parentSourcedId');
  const parentSchool = parent === null ? undefined : context.schools.get(parent);
  if (parent !== null && parentSchool !== undefined && schoolTypes.has(types.get(parent) ?? '')) {
    context.schools.set(sourcedId, parentSchool);
    throw new SkipRow(`a department: its classes are placed at its school ${parent}`);
  }
  context.report.note(
    `department ${sourcedId} is imported as a school: its school is not in orgs.csv`,
  );
  school(context, row);
}
