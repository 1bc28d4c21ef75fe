import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { configFromEnv } from '../../config.ts';
import { parseCommand } from './open.ts';

const usage = 'Usage: npm run admin -- mail [list | show <n>] [--dir DIR]';

/**
 * `mail list` numbers the messages written under var/mail (newest last);
 * `mail show <n>` prints one. Development only: with SMTP_URL nothing is kept.
 */
export async function run(args: string[]): Promise<number> {
  const parsed = parseCommand(args, { dir: { type: 'string' } }, usage);
  if (!parsed) return 2;
  const dir = parsed.values.dir ?? configFromEnv().mailOutbox;
  const [action = 'list', which] = parsed.positionals;
  const files = await readdir(dir)
    .then((names) => names.filter((name) => name.endsWith('.eml')).sort())
    .catch(() => []);
  if (action === 'list') {
    if (files.length === 0) process.stdout.write(`No messages in ${dir}.\n`);
    for (const [i, name] of files.entries()) {
      const headers = headerBlock(await readFile(join(dir, name), 'utf8'));
      process.stdout.write(`${i + 1}  ${header(headers, 'Date')}  ${header(headers, 'To')}  ${header(headers, 'Subject')}\n`);
    }
    return 0;
  }
  const n = Number(which);
  const name = action === 'show' && Number.isInteger(n) ? files[n - 1] : undefined;
  if (!name) {
    process.stderr.write(`${usage}\n`);
    return 2;
  }
  process.stdout.write(await readFile(join(dir, name), 'utf8'));
  return 0;
}

function headerBlock(message: string): string {
  return message.split(/\r?\n\r?\n/, 1)[0] ?? '';
}

/** One header's value, unfolded; encoded words are left as they are. */
function header(block: string, name: string): string {
  const match = new RegExp(`^${name}: (.*(?:\\r?\\n[ \\t].*)*)`, 'mi').exec(block);
  return match?.[1]?.replace(/\r?\n[ \t]+/g, ' ') ?? '';
}
