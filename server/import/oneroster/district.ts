import { ImportError } from '../edfi/context.ts';
import { defaultTimeZone } from '../time-zones.ts';
import type { OneRosterContext } from './context.ts';

/**
 * The district an export is for. OneRoster orgs have no address, so a new
 * district gets the time zone named with --time-zone, else the default;
 * an existing district keeps the zone set in the portal unless one is named.
 */
export function useDistrict(context: OneRosterContext, sourceId: string, name: string): void {
  const override = context.options.timeZone ?? null;
  const existing = context.sqlite
    .prepare<[string], { id: number }>('SELECT id FROM district WHERE source_id = ?')
    .get(sourceId);
  if (!existing && !override) {
    context.report.note(`a new district gets the time zone ${defaultTimeZone} (use --time-zone)`);
  }
  // The WHERE keeps a second import from touching an unchanged district.
  context.sqlite
    .prepare(
      `INSERT INTO district (source_id, name, state, time_zone, created_at)
       VALUES (@sourceId, @name, '', @timeZone, @now)
       ON CONFLICT (source_id) DO UPDATE SET
         name = excluded.name,
         time_zone = coalesce(@override, time_zone)
       WHERE name IS NOT excluded.name OR time_zone IS NOT coalesce(@override, time_zone)`,
    )
    .run({
      sourceId,
      name,
      timeZone: override ?? defaultTimeZone,
      now: new Date().toISOString(),
      override,
    });
  const row = context.sqlite
    .prepare<[string], { id: number }>('SELECT id FROM district WHERE source_id = ?')
    .get(sourceId);
  if (!row) throw new Error('district was not written');
  context.districtId = row.id;
  context.report.district = name;
  context.loadExisting();
}

/**
 * For an export without a district org: the district named with
 * --district (made if new), else the only district in the database.
 */
export function useExistingDistrict(context: OneRosterContext): void {
  const named = context.options.district;
  const districts = context.sqlite
    .prepare<[], { id: number; source_id: string; name: string }>(
      'SELECT id, source_id, name FROM district',
    )
    .all();
  if (named !== undefined) {
    const found = districts.find(
      (d) => d.name.toLowerCase() === named.toLowerCase() || d.source_id === named,
    );
    useDistrict(context, found?.source_id ?? named, found?.name ?? named);
    return;
  }
  const [only] = districts;
  if (!only || districts.length > 1) {
    throw new ImportError(
      'the export has no district (an org of type district in orgs.csv)' +
        (districts.length === 0
          ? ' and the database has none: name it with --district NAME'
          : ' and the database has several: name it with --district NAME'),
    );
  }
  context.districtId = only.id;
  context.report.district = only.name;
  context.report.note(`the export has no district org: imported into ${only.name}`);
  context.loadExisting();
}
