import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root, whatever the working directory of the runner. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The read-only sample exports beside the repository (`../shared/data`). */
export const sharedData = path.resolve(repoRoot, '../shared/data');

/** The built app the server serves; `npm run build` writes it. */
export const distDir = path.join(repoRoot, 'dist');

export function builtAppExists(dir: string = distDir): boolean {
  return existsSync(path.join(dir, 'index.html')) && existsSync(path.join(dir, 'sw.js'));
}
