import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/**
 * Writes .br and .gz beside every text file of dist/, once at build time,
 * so the server sends compressed files (preCompressed) without spending CPU
 * per request — what a parent on a slow connection waits for.
 */
const root = process.argv[2] ?? 'dist';
const compressible = /\.(js|css|html|json|webmanifest|svg)$/;
const brotli = promisify(brotliCompress);
const deflate = promisify(gzip);

async function* files(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (compressible.test(entry.name)) yield full;
  }
}

let plain = 0;
let packed = 0;
for await (const file of files(root)) {
  const body = await readFile(file);
  // Tiny files gain nothing and cost a second stat on every request.
  if ((await stat(file)).size < 1024) continue;
  const [br, gz] = await Promise.all([
    brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
    deflate(body, { level: 9 }),
  ]);
  await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)]);
  plain += body.length;
  packed += br.length;
}
const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
console.log(`compressed: ${kb(plain)} → ${kb(packed)} (brotli)`);
