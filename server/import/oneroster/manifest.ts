import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { CsvFile } from './csv.ts';
import { readAllRows, readHeader } from './csv.ts';
import { ImportError } from '../edfi/context.ts';
import { fileSpecs, type FileName } from './headers.ts';

export type FileMode = 'bulk' | 'delta';

export interface Bundle {
  /** "1.0", "1.1", "1.2", or "SDS 2.1" for a School Data Sync folder. */
  version: string;
  files: Map<FileName, CsvFile & { mode: FileMode; bytes: number }>;
  /** Remarks on the folder: files listed but missing, present but absent. */
  notes: string[];
}

const versions = ['1.0', '1.1', '1.2'];

/** Files of the standard that the portal has nothing to keep from. */
const unusedFiles = new Set(
  [
    'manifest', 'resources', 'classResources', 'courseResources', 'userResources',
    'userProfiles', 'scoreScales', 'lineItemScoreScales', 'resultScoreScales',
    'lineItemLearningObjectiveIds', 'resultLearningObjectiveIds', 'userFlags',
  ].map((name) => name.toLowerCase()),
);

/**
 * Reads the folder and its manifest.csv: the OneRoster version and which
 * files are bulk, delta or absent. A School Data Sync 2.1 folder has no
 * manifest; it is known by its relationships.csv or SDS-style roles.csv.
 */
export async function readBundle(dir: string): Promise<Bundle> {
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) throw new ImportError(`${dir} is not a directory`);
  const present = new Map<string, string>();
  for (const name of await readdir(dir)) {
    if (name.toLowerCase().endsWith('.csv')) present.set(name.slice(0, -4).toLowerCase(), name);
  }

  const notes: string[] = [];
  const manifestName = present.get('manifest');
  let version: string;
  let modes: Map<string, string>;
  if (manifestName) {
    ({ version, modes } = await readManifest(join(dir, manifestName), manifestName));
  } else if (await isSchoolDataSync(dir, present)) {
    version = 'SDS 2.1';
    modes = new Map([...present.keys()].map((name) => [name, 'bulk']));
  } else {
    throw new ImportError(
      `${dir} has no manifest.csv: a OneRoster CSV bundle names its version and files ` +
        'there (School Data Sync folders, which have none, are known by relationships.csv ' +
        'or roles.csv)',
    );
  }

  const files: Bundle['files'] = new Map();
  const specs = Object.entries(fileSpecs) as [FileName, (typeof fileSpecs)[FileName]][];
  for (const [key, spec] of specs) {
    const lower = spec.name.toLowerCase();
    const mode = modes.get(lower);
    const found = present.get(lower);
    if (mode === 'bulk' || mode === 'delta') {
      if (!found) {
        notes.push(
          `manifest.csv lists ${spec.name}.csv as ${mode}, but the folder has no such file`,
        );
        continue;
      }
      const path = join(dir, found);
      files.set(key, { path, name: found, spec, mode, bytes: (await stat(path)).size });
    } else if (found && mode === undefined) {
      const path = join(dir, found);
      notes.push(`${found} is not in manifest.csv; read as a bulk file`);
      files.set(key, { path, name: found, spec, mode: 'bulk', bytes: (await stat(path)).size });
    } else if (found) {
      notes.push(`${found} was not read: manifest.csv marks it ${mode || 'absent'}`);
    }
  }
  for (const [lower, name] of present) {
    const known = Object.values(fileSpecs).some((spec) => spec.name.toLowerCase() === lower);
    if (!known && !unusedFiles.has(lower)) notes.push(`${name} was not read: not a OneRoster file`);
  }
  return { version, files, notes };
}

async function readManifest(
  path: string,
  name: string,
): Promise<{ version: string; modes: Map<string, string> }> {
  const file = {
    path,
    name,
    spec: { name: 'manifest', columns: ['propertyName', 'value'], required: ['propertyName'] },
  };
  const header = await readHeader(file);
  if (!header || header.missing.length > 0) {
    throw new ImportError(`${name} is not a manifest: its header must be propertyName,value`);
  }
  const properties = new Map<string, string>();
  const rows = await readAllRows(file, header, { onBadRow: () => undefined });
  for (const row of rows) {
    const property = row.text('propertyName');
    if (property) properties.set(property.toLowerCase(), row.text('value') ?? '');
  }
  const version = properties.get('oneroster.version');
  if (version === undefined) {
    throw new ImportError(`${name} has no oneroster.version: which OneRoster version is this?`);
  }
  if (!versions.includes(version)) {
    throw new ImportError(
      `${name} says oneroster.version is "${version}"; this importer reads OneRoster ` +
        `${versions.join(', ')}`,
    );
  }
  const modes = new Map<string, string>();
  for (const [property, value] of properties) {
    if (property.startsWith('file.')) modes.set(property.slice(5), value.trim().toLowerCase());
  }
  return { version, modes };
}

async function isSchoolDataSync(dir: string, present: Map<string, string>): Promise<boolean> {
  if (present.has('relationships')) return true;
  const roles = present.get('roles');
  if (!roles) return false;
  const header = await readHeader({ path: join(dir, roles), name: roles, spec: fileSpecs.roles });
  // OneRoster 1.2 roles carry sourcedId; SDS 2.1 roles do not.
  return header !== null && !header.index.has('sourcedId');
}
