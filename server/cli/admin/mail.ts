import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import PostalMime, { type Address, type Email } from 'postal-mime';
import { configFromEnv } from '../../config.ts';
import { parseCommand } from './open.ts';

const usage = 'Usage: npm run admin -- mail [list | show <n> [--raw]] [--dir DIR]';

/**
 * `mail list` numbers the messages written under var/mail (newest last);
 * `mail show <n>` prints one decoded (headers, then its text, so a link in
 * it can be copied whole); `--raw` prints the file as sent. Development
 * only: with SMTP_URL nothing is kept.
 */
export async function run(args: string[]): Promise<number> {
  const parsed = parseCommand(args, { dir: { type: 'string' }, raw: { type: 'boolean' } }, usage);
  if (!parsed) return 2;
  const dir = parsed.values.dir ?? configFromEnv().mailOutbox;
  const [action = 'list', which] = parsed.positionals;
  const files = await readdir(dir)
    .then((names) => names.filter((name) => name.endsWith('.eml')).sort())
    .catch(() => []);
  if (action === 'list') {
    if (files.length === 0) process.stdout.write(`No messages in ${dir}.\n`);
    for (const [i, name] of files.entries()) {
      const message = await PostalMime.parse(await readFile(join(dir, name)));
      process.stdout.write(`${i + 1}  ${message.date ?? ''}  ${recipients(message)}  ${message.subject ?? ''}\n`);
    }
    return 0;
  }
  const n = Number(which);
  const name = action === 'show' && Number.isInteger(n) ? files[n - 1] : undefined;
  if (!name) {
    process.stderr.write(
      action === 'show' && files.length > 0
        ? `There is no message ${which ?? ''}: ${dir} holds messages 1 to ${files.length}.\n`
        : `${usage}\n`,
    );
    return 2;
  }
  const raw = await readFile(join(dir, name));
  if (parsed.values.raw) {
    process.stdout.write(raw);
    return 0;
  }
  const message = await PostalMime.parse(raw);
  process.stdout.write(
    `Date: ${message.date ?? ''}\nFrom: ${address(message.from)}\nTo: ${recipients(message)}\n` +
      `Subject: ${message.subject ?? ''}\n\n${message.text ?? ''}\n`,
  );
  return 0;
}

function address(who: Address | undefined): string {
  if (!who) return '';
  if ('group' in who && who.group) return who.group.map(address).join(', ');
  return who.name ? `${who.name} <${who.address}>` : (who.address ?? '');
}

function recipients(message: Email): string {
  return (message.to ?? []).map(address).join(', ');
}
